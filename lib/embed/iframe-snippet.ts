import { escapeUTF8 } from "entities";

/** The embed card's size when the embedding site asks for none: an image of 16:9 above two lines. */
export const EMBED_SIZE = { width: 480, height: 400 } as const;

interface IframeOptions {
  /** The card's absolute URL. */
  src: string;
  /** What the frame holds, for screen readers (the reuse's title). */
  title: string;
  width: number;
  height: number;
}

/**
 * The `<iframe>` another site pastes (the "Intégrer" dialog) or gets from oEmbed: lazy, titled, of a fixed size
 * that a narrow column may shrink. The title comes from upstream: escaped (entities), as `src`.
 */
export function iframeSnippet({ src, title, width, height }: IframeOptions): string {
  return [
    `<iframe src="${escapeUTF8(src)}" title="${escapeUTF8(title)}"`,
    ` width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
  ].join("");
}
