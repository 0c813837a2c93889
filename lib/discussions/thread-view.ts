/** A discussion as its page shows it: names resolved, each message's markdown already rendered and sanitized. */
export interface ThreadView {
  id: string;
  title: string;
  created: string;
  closed: string | null;
  messages: MessageView[];
}

interface MessageView {
  /** The author's name; null for a deleted account. */
  author: string | null;
  postedOn: string;
  /** Sanitized HTML (server/markdown/render.ts). */
  html: string;
}

/** One page of a reuse's threads. */
export interface ThreadPage {
  threads: ThreadView[];
  total: number;
}
