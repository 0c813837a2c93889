import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { type IncomingMessage } from "node:http";
import { join } from "node:path";
import { MAX_IMAGE_BYTES } from "./constants";
import { HttpError, badRequest, readBody } from "./http";

/**
 * Image uploads (reuse images, avatars; udata/core/storages/api.py `parse_uploaded_image`): multipart field
 * `file` whose part says image/jpeg, image/png or image/webp ("Unsupported image format" otherwise), checked by
 * its magic bytes too, at most 4 MB, optional `bbox` "x1,y1,x2,y2" read with Python's float(). The bytes are
 * stored as they came (the sandbox does not crop or resize) under a name derived from their hash.
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

const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);
const UNSUPPORTED = "Unsupported image format";
const fileError = (message: string) => badRequest(message);

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
  if (!IMAGE_TYPES.has(file.type)) throw fileError(UNSUPPORTED);
  const bbox = form.get("bbox");
  return { bytes: Buffer.from(await file.arrayBuffer()), bbox: typeof bbox === "string" ? bbox : null };
}

/** `[int(float(c)) for c in bbox.split(",")]`: Python's ValueError is udata's 400 `{"message": str(error)}`. */
function checkBbox(bbox: string): void {
  const parts = bbox.split(",");
  const wrong = parts.find((part) => !part.trim() || Number.isNaN(Number(part.trim())));
  if (wrong !== undefined) throw badRequest(`could not convert string to float: '${wrong}'`);
  if (parts.length !== 4) throw badRequest("bbox must be four numbers: x1,y1,x2,y2");
}

/** Checks and stores an uploaded image; answers its sandbox path (`/_sandbox/uploads/<hash>.<ext>`). */
export async function receiveImage(req: IncomingMessage, base: string, uploadsDir: string): Promise<string> {
  const { bytes, bbox } = await readUpload(req, base);
  if (bytes.length > MAX_IMAGE_BYTES) throw fileError("The image is larger than 4 MB");
  const format = FORMATS.find((candidate) => candidate.test(bytes));
  if (!format) throw fileError(UNSUPPORTED);
  if (bbox) checkBbox(bbox);
  const name = `${createHash("sha1").update(bytes).digest("hex")}.${format.extension}`;
  await mkdir(uploadsDir, { recursive: true });
  await writeFile(join(uploadsDir, name), bytes);
  return `/_sandbox/uploads/${name}`;
}
