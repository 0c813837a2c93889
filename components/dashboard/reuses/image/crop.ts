/** Reuse images are shown in a 16:9 frame (cards and pages): the crop keeps that shape. */
const FRAME_RATIO = 16 / 9;

/** The crop as the controls set it: a zoom (1 = the largest 16:9 box) and where the box sits, in % of the room left. */
export interface Crop {
  zoom: number;
  x: number;
  y: number;
}

export const CENTERED: Crop = { zoom: 1, x: 50, y: 50 };
export const MAX_ZOOM = 4;

/** udata's `bbox`: the crop box in pixels of the original image, left, top, right, bottom. */
export type BBox = [number, number, number, number];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The box of an image of `width` × `height` pixels that the crop keeps. */
export function cropBox(width: number, height: number, crop: Crop): BBox {
  const zoom = clamp(crop.zoom, 1, MAX_ZOOM);
  const boxWidth = clamp(Math.round(Math.min(width, height * FRAME_RATIO) / zoom), 1, width);
  const boxHeight = clamp(Math.round(boxWidth / FRAME_RATIO), 1, height);
  const left = Math.round(((width - boxWidth) * clamp(crop.x, 0, 100)) / 100);
  const top = Math.round(((height - boxHeight) * clamp(crop.y, 0, 100)) / 100);
  return [left, top, left + boxWidth, top + boxHeight];
}
