import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { type IncomingMessage } from "node:http";
import { join } from "node:path";
import { MAX_IMAGE_BYTES } from "./constants";
import { HttpError, readBody, validationError } from "./http";

/**
 * Image uploads (reuse images, avatars): multipart field `file`, JPEG, PNG or WebP by their magic
 * bytes, at most 4 MB, optional `bbox` "x1,y1,x2,y2". The bytes are stored as they came (the sandbox
 * does not crop or resize) under a name derived from their hash.
 */
const FORMATS = [
  { extension: "jpg", type: "image/jpeg", test: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    extension: "png",
    type: "image/png",
    test: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    extension: "webp",
    type: "image/webp",
    test: (b: Buffer) => b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP",
  },
];

export const CONTENT_TYPES: Record<string, string> = Object.fromEntries(
  FORMATS.map((format) => [format.extension, format.type]),
);

const fileError = (message: string) => validationError({ file: [message] });

async function readUpload(req: IncomingMessage, base: string): Promise<{ bytes: Buffer; bbox: string | null }> {
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("multipart/form-data")) throw fileError("Expect a multipart/form-data body with a `file` field");
  // Room for the multipart envelope around a file of the largest accepted size.
  const body = await readBody(req, MAX_IMAGE_BYTES + 64 * 1024).catch((error: unknown) => {
    throw error instanceof HttpError && error.status === 413 ? fileError("The image is larger than 4 MB") : error;
  });
  let form: FormData;
  try {
    form = await new Request(base, {
      method: "POST",
      headers: { "content-type": type },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    throw fileError("Unreadable multipart body");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw fileError("No file given in the `file` field");
  const bbox = form.get("bbox");
  return { bytes: Buffer.from(await file.arrayBuffer()), bbox: typeof bbox === "string" ? bbox : null };
}

/** Checks and stores an uploaded image; answers its sandbox path (`/_sandbox/uploads/<hash>.<ext>`). */
export async function receiveImage(req: IncomingMessage, base: string, uploadsDir: string): Promise<string> {
  const { bytes, bbox } = await readUpload(req, base);
  if (bytes.length > MAX_IMAGE_BYTES) throw fileError("The image is larger than 4 MB");
  const format = FORMATS.find((candidate) => candidate.test(bytes));
  if (!format) throw fileError("Unsupported image format: send a JPEG, PNG or WebP image");
  if (bbox !== null && !/^\s*\d+(\.\d+)?\s*(,\s*\d+(\.\d+)?\s*){3}$/.test(bbox)) {
    throw validationError({ bbox: ["bbox must be four numbers: x1,y1,x2,y2"] });
  }
  const name = `${createHash("sha1").update(bytes).digest("hex")}.${format.extension}`;
  await mkdir(uploadsDir, { recursive: true });
  await writeFile(join(uploadsDir, name), bytes);
  return `/_sandbox/uploads/${name}`;
}
