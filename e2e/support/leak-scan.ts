// The key-leak scan: records everything the browser receives (bodies, headers, RSC payloads, tRPC answers,
// cookies) so that a test can assert a secret never appears in any of it.
import { type BrowserContext, expect, type Page, type Response } from "@playwright/test";

interface Received {
  url: string;
  text: string;
}

async function readResponse(response: Response): Promise<Received> {
  const headers = JSON.stringify(await response.allHeaders());
  // Redirects and aborted requests have no body.
  const body = await response.body().catch(() => Buffer.alloc(0));
  return { url: response.url(), text: `${headers}\n${body.toString("utf8")}` };
}

export class LeakScan {
  private readonly received: Promise<Received>[] = [];

  watch(page: Page): void {
    page.on("response", (response) => this.received.push(readResponse(response)));
  }

  /** Fails if `secret` appears in any response seen so far or in any cookie of the context. */
  async expectNoLeakOf(secret: string, context: BrowserContext): Promise<void> {
    const received = await Promise.all(this.received);
    expect(received.length, "the scan saw responses").toBeGreaterThan(0);
    const leaks = received.filter(({ text }) => text.includes(secret)).map(({ url }) => url);
    const cookies = (await context.cookies()).filter((cookie) => JSON.stringify(cookie).includes(secret));
    expect(leaks, "responses that carry the key").toEqual([]);
    expect(
      cookies.map((cookie) => cookie.name),
      "cookies that carry the key",
    ).toEqual([]);
  }

  /** How many responses were scanned (to show the scan covered the journey). */
  async count(): Promise<number> {
    return (await Promise.all(this.received)).length;
  }

  /** Whether some response carried `text`: a check that the scan reads what the pages show. */
  async sawText(text: string): Promise<boolean> {
    return (await Promise.all(this.received)).some((received) => received.text.includes(text));
  }
}
