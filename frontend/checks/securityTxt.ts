/** RFC 9116 rules a security.txt must meet: what is wrong with the given text, at the given moment. */
export function securityTxtProblems(text: string, now: Date): string[] {
  const fields = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const match = /^([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!match) return [`not a field: ${line}`];
    const name = match[1].toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), match[2].trim()]);
  }
  const problems: string[] = [];
  const contacts = fields.get('contact') ?? [];
  if (contacts.length === 0) problems.push('Contact is required');
  for (const contact of contacts) {
    if (!/^(mailto:|tel:|https:\/\/)/.test(contact)) problems.push(`Contact must be a mailto:, tel: or https:// URI: ${contact}`);
  }
  const expires = fields.get('expires') ?? [];
  if (expires.length !== 1) problems.push('Expires must appear exactly once');
  else {
    const date = new Date(expires[0]);
    const yearAhead = new Date(now.getTime() + 366 * 24 * 3600 * 1000);
    if (Number.isNaN(date.getTime())) problems.push(`Expires is no date: ${expires[0]}`);
    else if (date <= now) problems.push(`Expires has passed (${expires[0]}): move it up to a year ahead`);
    else if (date > yearAhead) problems.push(`Expires is more than a year ahead (${expires[0]})`);
  }
  for (const policy of fields.get('policy') ?? []) {
    if (!policy.startsWith('https://')) problems.push(`Policy must be an https:// URL: ${policy}`);
  }
  return problems;
}
