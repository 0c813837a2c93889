// The upstream faults `scripts/faults.mjs` injects through the sandbox's `/_sandbox/faults`, and what the site must
// answer to each: the status of a page that has no older data to show (server/pages/page-data.ts), the French
// sentence of server/api/lib/to-trpc-error.ts, and how a write ends.

/** data.gouv.fr's API waits this long for a GET (server/datagouv/config.ts): a page answers within it + 1 s. */
const READ_TIMEOUT_MS = 5_000;
export const ANSWER_WITHIN_MS = READ_TIMEOUT_MS + 1_000;
/** …and this long for a write. */
export const WRITE_TIMEOUT_MS = 10_000;

const UNAVAILABLE = "data.gouv.fr est indisponible pour le moment.";
const NOT_ANSWERING = "data.gouv.fr ne répond pas, réessayez dans un instant.";
const UNEXPECTED_ANSWER = "data.gouv.fr a renvoyé une réponse inattendue, réessayez plus tard.";
const TOO_MANY = "Trop de demandes envoyées à data.gouv.fr : réessayez dans un instant.";

/**
 * Each fault: `pageStatuses` the statuses a page without older data may answer (the first is the error page's),
 * `message` the sentence of that page and of a failed write, `write` the HTTP status of the tRPC mutation's
 * error, or "saved" when the write must succeed.
 *
 * "slow 5 s" is data.gouv.fr answering after exactly the read timeout: a GET gives up (504) unless the answer
 * wins the race, so a page may answer either way, but within the timeout + 1 s; a write waits up to 10 s, so
 * it is slow but saved.
 */
export const FAULT_KINDS = [
  { name: "500", fault: { status: 500 }, pageStatuses: [502], message: UNAVAILABLE, write: 502 },
  { name: "503", fault: { status: 503 }, pageStatuses: [503], message: UNAVAILABLE, write: 503 },
  { name: "hang", fault: { hang: true }, pageStatuses: [504], message: NOT_ANSWERING, write: 504 },
  { name: "broken JSON", fault: { malformed: true }, pageStatuses: [502], message: UNEXPECTED_ANSWER, write: 502 },
  { name: "429", fault: { status: 429 }, pageStatuses: [503], message: TOO_MANY, write: 429 },
  {
    name: "slow 5 s",
    fault: { latencyMs: READ_TIMEOUT_MS },
    pageStatuses: [504, 200],
    message: NOT_ANSWERING,
    write: "saved",
  },
];
