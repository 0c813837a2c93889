import type { ValidationKey } from "~/lib/i18n/validation";

/**
 * What data.gouv.fr accepts as an image (avatar, reuse image): checked in the browser before the upload, and
 * again by the procedure that receives it.
 */
export const ACCEPTED_IMAGE_TYPES: readonly string[] = ["image/jpeg", "image/png", "image/webp"];
export const MAX_IMAGE_BYTES = 4 * 1024 * 1024;

/** The procedures that take an image as a multipart form (server/api/routers: `imageUploadInput`). */
export const IMAGE_UPLOAD_PROCEDURES = ["producerReuses.uploadImage", "account.profile.uploadAvatar"] as const;
export type ImageProcedure = (typeof IMAGE_UPLOAD_PROCEDURES)[number];

const sizeFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** "1,5 Mo", "320 ko": rounded up, so that a file just over the limit does not read as the limit. */
export function formatFileSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${sizeFormat.format(Math.ceil(megabytes * 10) / 10)} Mo`;
  return `${sizeFormat.format(Math.ceil(bytes / 1024))} ko`;
}

/** Why a file cannot be uploaded as an image (a `validation` key, and its values); null when it can. */
export function imageFileProblem(file: {
  type: string;
  size: number;
}): { key: ValidationKey; values?: { size: string } } | null {
  if (!ACCEPTED_IMAGE_TYPES.includes(file.type)) return { key: "imageNotAccepted" };
  if (file.size === 0) return { key: "imageEmpty" };
  if (file.size > MAX_IMAGE_BYTES) return { key: "imageTooHeavy", values: { size: formatFileSize(file.size) } };
  return null;
}
