/** A chosen image, read in the browser: its bytes to send, a `data:` URL to preview it, its size in pixels. */
export interface LoadedImage {
  file: File;
  /** A data: URL (the pages' CSP allows data: images, not blob: ones). */
  src: string;
  width: number;
  height: number;
}

/** Reads and decodes a file; rejects when it is not an image the browser can decode. */
export async function readImage(file: File): Promise<LoadedImage> {
  const src = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener("load", () =>
      typeof reader.result === "string" ? resolve(reader.result) : reject(new Error("unreadable")),
    );
    reader.addEventListener("error", () => reject(new Error("unreadable")));
    reader.readAsDataURL(file);
  });
  const image = new Image();
  image.src = src;
  await image.decode();
  return { file, src, width: image.naturalWidth, height: image.naturalHeight };
}
