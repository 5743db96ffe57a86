// An SMTP server inside the test process (the npm packages smtp-server and mailparser), so a test reads the
// mail Thuisplan sent through a real SMTP conversation: the application's own Jakarta Mail client connects,
// logs in with THUISPLAN_SMTP_USER/PASSWORD and delivers; nothing is stubbed on the application's side.
// It listens on 127.0.0.1 only and offers no STARTTLS (hence THUISPLAN_SMTP_STARTTLS=false, which
// docs/operations.md allows for a server on the same host); a login is required, also over plain text.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * Starts the server on a free port. Answers `{ port, user, password, messages, waitForMail(to), stop() }`;
 * each message is `{ envelope: { from, to: [] }, from, to: [], subject, text, html }` (addresses lower-cased).
 */
export async function startSmtp({ user = 'thuisplan', password = 'smtp-e2e-wachtwoord' } = {}) {
  const messages = [];
  const waiting = new Set();

  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const message = {
            envelope: {
              from: session.envelope.mailFrom?.address?.toLowerCase(),
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            },
            from: parsed.from?.value.map((a) => a.address.toLowerCase())[0],
            fromName: parsed.from?.value[0]?.name,
            to: (parsed.to?.value ?? []).map((a) => a.address.toLowerCase()),
            subject: parsed.subject,
            text: parsed.text ?? '',
            html: parsed.html || null,
          };
          messages.push(message);
          for (const waiter of waiting) waiter(message);
          callback();
        })
        .catch(callback);
    },
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.server.address();

  /**
   * The first message to `to` received after `since` (an index into `messages`; default: any), waiting up to
   * `timeoutMs` for it.
   */
  function waitForMail(to, { since = 0, timeoutMs = 30_000 } = {}) {
    const address = to.toLowerCase();
    const matches = (message) => message.envelope.to.includes(address);
    const found = messages.slice(since).find(matches);
    if (found) return Promise.resolve(found);
    return new Promise((done, fail) => {
      const waiter = (message) => {
        if (!matches(message)) return;
        clearTimeout(timer);
        waiting.delete(waiter);
        done(message);
      };
      const timer = setTimeout(() => {
        waiting.delete(waiter);
        fail(new Error(`no mail to ${to} within ${timeoutMs / 1000} s (received: ${JSON.stringify(messages.map((m) => [m.envelope.to, m.subject]))})`));
      }, timeoutMs);
      waiting.add(waiter);
    });
  }

  const stop = () => new Promise((done) => server.close(done));
  return { port, user, password, messages, waitForMail, stop };
}
