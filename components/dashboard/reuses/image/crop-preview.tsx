"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import type { BBox } from "./crop";

/** The image as the reuse will show it: the crop box drawn into a 16:9 canvas. */
export function CropPreview({ src, box }: { src: string; box: BBox }) {
  const t = useTranslations("dashboard.image");
  const canvas = useRef<HTMLCanvasElement>(null);
  const [left, top, right, bottom] = box;

  useEffect(() => {
    const image = new Image();
    let cancelled = false;
    image.src = src;
    image
      .decode()
      .then(() => {
        const target = canvas.current;
        const context = target?.getContext("2d");
        if (cancelled || !target || !context) return;
        context.clearRect(0, 0, target.width, target.height);
        context.drawImage(image, left, top, right - left, bottom - top, 0, 0, target.width, target.height);
      })
      .catch(() => {
        // Decoded once already when chosen: nothing new to say.
      });
    return () => {
      cancelled = true;
    };
  }, [src, left, top, right, bottom]);

  return (
    <canvas
      ref={canvas}
      width={640}
      height={360}
      role="img"
      aria-label={t("preview")}
      className="aspect-video w-full max-w-md rounded border border-line bg-surface"
    />
  );
}
