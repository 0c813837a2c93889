"use client";

import { useTranslations } from "next-intl";

import { type Crop, cropBox, MAX_ZOOM } from "./crop";
import type { LoadedImage } from "./read-image";

interface CropControlsProps {
  idPrefix: string;
  image: LoadedImage;
  crop: Crop;
  onChange: (crop: Crop) => void;
}

/**
 * The crop, with sliders (keyboard-operable with the arrow keys): the zoom, then where the 16:9 box sits, only
 * along the sides where there is room to move it.
 */
export function CropControls({ idPrefix, image, crop, onChange }: CropControlsProps) {
  const t = useTranslations("dashboard.image");
  const percent = (value: number) => t("percent", { value: Math.round(value) });
  const [left, top, right, bottom] = cropBox(image.width, image.height, crop);
  const sliders = [
    {
      key: "zoom" as const,
      label: t("zoom"),
      min: 1,
      max: MAX_ZOOM,
      step: 0.1,
      text: t("zoomValue", { zoom: crop.zoom }),
      shown: true,
    },
    {
      key: "x" as const,
      label: t("horizontal"),
      min: 0,
      max: 100,
      step: 1,
      text: percent(crop.x),
      shown: right - left < image.width,
    },
    {
      key: "y" as const,
      label: t("vertical"),
      min: 0,
      max: 100,
      step: 1,
      text: percent(crop.y),
      shown: bottom - top < image.height,
    },
  ];
  return (
    <div className="mt-4 grid items-end gap-4 sm:grid-cols-3">
      {sliders
        .filter((slider) => slider.shown)
        .map((slider) => (
          <div key={slider.key}>
            <label htmlFor={`${idPrefix}-${slider.key}`} className="block text-sm font-semibold">
              {slider.label}
            </label>
            <input
              id={`${idPrefix}-${slider.key}`}
              type="range"
              min={slider.min}
              max={slider.max}
              step={slider.step}
              value={crop[slider.key]}
              aria-valuetext={slider.text}
              onChange={(event) => onChange({ ...crop, [slider.key]: Number(event.target.value) })}
              className="mt-2 h-11 w-full accent-brand"
            />
          </div>
        ))}
    </div>
  );
}
