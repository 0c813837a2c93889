import { describe, expect, it } from "vitest";

import { translatorFor } from "~/lib/i18n/translator";
import { formatFileSize, imageFileProblem, MAX_IMAGE_BYTES } from "./image-rules";

describe("imageFileProblem", () => {
  it("accepts JPEG, PNG and WebP images up to 4 MB", () => {
    for (const type of ["image/jpeg", "image/png", "image/webp"]) {
      expect(imageFileProblem({ type, size: MAX_IMAGE_BYTES }, "fr"), type).toBeNull();
    }
  });

  it("refuses other types, empty files and files over 4 MB, saying why in the catalog's words", () => {
    const validation = translatorFor("validation");
    const say = (file: { type: string; size: number }) => {
      const problem = imageFileProblem(file, "fr");
      return problem && validation(problem.key, problem.values);
    };
    expect(say({ type: "image/gif", size: 10 })).toBe("Ce fichier n'est pas une image JPEG, PNG ou WebP.");
    expect(say({ type: "image/svg+xml", size: 10 })).not.toBeNull();
    expect(say({ type: "image/png", size: 0 })).toBe("Ce fichier est vide.");
    expect(say({ type: "image/png", size: MAX_IMAGE_BYTES + 1 })).toBe(
      "Cette image pèse 4,1 Mo : choisissez une image de 4 Mo au plus.",
    );
  });

  it("writes sizes the French way", () => {
    expect(formatFileSize(5.5 * 1024 * 1024, "fr")).toBe("5,5 Mo");
    expect(formatFileSize(300 * 1024, "fr")).toBe("300 ko");
    expect(formatFileSize(10, "fr")).toBe("1 ko");
  });

  it("writes sizes the English way, and says so in the English catalog", () => {
    expect(formatFileSize(5.5 * 1024 * 1024, "en")).toBe("5.5 MB");
    expect(formatFileSize(300 * 1024, "en")).toBe("300 kB");
    const problem = imageFileProblem({ type: "image/png", size: MAX_IMAGE_BYTES + 1 }, "en");
    expect(problem?.values).toEqual({ size: "4.1 MB" });
  });
});
