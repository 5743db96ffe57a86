/** What the publiccode.yml JSON Schema cannot express: descriptions match the offered languages, screenshots exist. */
export function publiccodeProblems(document: unknown, exists: (path: string) => boolean): string[] {
  const file = document as {
    description?: Record<string, { screenshots?: string[] }>;
    localisation?: { availableLanguages?: string[] };
  };
  const languages = file.localisation?.availableLanguages ?? [];
  const problems: string[] = [];
  for (const [language, description] of Object.entries(file.description ?? {})) {
    if (!languages.includes(language)) problems.push(`description "${language}" is in no available language`);
    for (const screenshot of description.screenshots ?? []) {
      if (!exists(screenshot)) problems.push(`screenshot ${screenshot} does not exist`);
    }
  }
  return problems;
}
