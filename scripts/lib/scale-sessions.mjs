// Shared sessions and rate limits: a producer signs in through instance A and works through instance B; failed
// sign-ins alternating A and B are counted together.
import { httpSession } from "./http-session.mjs";
import { getPage, PRODUCER_KEY, PRODUCER_SLUG, renameReuse, upstreamReuseField } from "./scale-site.mjs";

const SIGN_IN_LIMIT = 5;
const WRONG_KEY = "not-an-api-key";

/**
 * Signs the producer in through A and checks that B sees the session and its key (B lists `privateReuses`, the
 * producer's private reuses). Resolves with the session.
 */
export async function checkSharedSession({ a, b }, results, privateReuses) {
  const producer = httpSession(a.url, { clientAddress: "198.51.100.1" });

  await results.verify("sessions: the producer signs in through A", async () => {
    const status = await producer.signIn(PRODUCER_KEY);
    return { ok: status === 200 && (await producer.signedIn()), detail: `HTTP ${status}` };
  });
  await results.verify("sessions: B knows the session (/api/auth/session names the user)", async () => {
    const session = await (await producer.fetch(`${b.url}/api/auth/session`)).json();
    return { ok: session?.user?.slug === PRODUCER_SLUG, detail: `user: ${session?.user?.slug ?? "none"}` };
  });
  await results.verify("sessions: B serves the dashboard with the key A put in the vault", async () => {
    const page = await getPage(`${b.url}/dashboard`, producer);
    // Private reuses are listed only to a request made with the producer's key.
    const listed = privateReuses.length > 0 && privateReuses.every((id) => page.html.includes(id));
    return { ok: page.status === 200 && listed, detail: `HTTP ${page.status}, private reuses listed: ${listed}` };
  });
  return producer;
}

/** A write through B with the session made on A (after the cache checks: a write invalidates cached data). */
export async function checkWriteThroughB({ sandbox, b, nginx }, results, producer, id) {
  await results.verify("sessions: a write through B (dashboard mutation producerReuses.update) is made", async () => {
    const title = `Renamed through B ${Date.now()}`;
    const status = await renameReuse(producer, { appUrl: b.url, siteUrl: nginx.url }, id, title);
    const changed = (await upstreamReuseField(sandbox.url, id, "title")) === title;
    return { ok: status === 200 && changed, detail: `HTTP ${status}, title changed on data.gouv.fr: ${changed}` };
  });
}

/** Failed sign-ins from one address, alternating A and B: the limit counts them together. */
export async function checkSharedRateLimit({ a, b }, results) {
  const attempt = (app, clientAddress) => httpSession(app.url, { clientAddress }).signIn(WRONG_KEY);
  await results.verify(
    `rate limit: ${SIGN_IN_LIMIT} failed sign-ins alternating A and B, the next refused`,
    async () => {
      const statuses = [];
      for (let n = 0; n <= SIGN_IN_LIMIT; n++) statuses.push(await attempt(n % 2 === 0 ? a : b, "198.51.100.2"));
      const expected = [...Array(SIGN_IN_LIMIT).fill(401), 429];
      return { ok: statuses.join() === expected.join(), detail: `HTTP ${statuses.join(", ")}` };
    },
  );
  await results.verify("rate limit: per client address (another address is still let through)", async () => {
    const status = await attempt(b, "198.51.100.3");
    return { ok: status === 401, detail: `HTTP ${status}` };
  });
}
