import type { Locale } from "~/lib/i18n/locales";
import { perLocale } from "~/lib/i18n/intl-locale";
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

const sizeFormat = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));
// The unit's short name in the language ("Mo" and "ko" in French, "MB" and "kB" in English), as Intl writes it.
const unitName = (unit: "megabyte" | "kilobyte") =>
  perLocale((tag) => {
    const parts = new Intl.NumberFormat(tag, { style: "unit", unit }).formatToParts(1);
    return parts.find((part) => part.type === "unit")?.value ?? unit;
  });
const megabytes = unitName("megabyte");
const kilobytes = unitName("kilobyte");

/** "1,5 Mo", "320 ko", "1.5 MB": rounded up, so that a file just over the limit does not read as the limit. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const inMegabytes = bytes / (1024 * 1024);
  const format = sizeFormat(locale);
  if (inMegabytes >= 1) return `${format.format(Math.ceil(inMegabytes * 10) / 10)} ${megabytes(locale)}`;
  return `${format.format(Math.ceil(bytes / 1024))} ${kilobytes(locale)}`;
}

/** Why a file cannot be uploaded as an image (a `validation` key, and its values in `locale`); null when it can. */
export function imageFileProblem(
  file: { type: string; size: number },
  locale: Locale,
): { key: ValidationKey; values?: { size: string } } | null {
  if (!ACCEPTED_IMAGE_TYPES.includes(file.type)) return { key: "imageNotAccepted" };
  if (file.size === 0) return { key: "imageEmpty" };
  if (file.size > MAX_IMAGE_BYTES) return { key: "imageTooHeavy", values: { size: formatFileSize(file.size, locale) } };
  return null;
}
