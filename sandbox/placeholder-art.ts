import { REUSE_TYPES, type ReuseTopic } from "./constants";

/** The drawings of the placeholder images: a gradient per topic, a pictogram per reuse type. */

type ReuseType = (typeof REUSE_TYPES)[number]["id"];

/** The text colour: every gradient below is dark enough for it (WCAG AA, 4.5:1, checked by the tests). */
export const TEXT_COLOUR = "#ffffff";

/**
 * Two stops per udata topic, dark tints of the French state's palette. A gradient between two sRGB colours is
 * never lighter than its lighter end (luminance is convex along it), so the ends' contrast holds throughout.
 */
const GRADIENTS: Record<ReuseTopic, readonly [string, string]> = {
  health: ["#00605a", "#0b3d5c"],
  transport_and_mobility: ["#1f3a93", "#000091"],
  housing_and_development: ["#6e445a", "#3b2a4f"],
  food_and_agriculture: ["#3f5e1a", "#1f4a3a"],
  culture_and_recreation: ["#7a2a73", "#3d1f6b"],
  economy_and_business: ["#7a4a00", "#5a2a12"],
  environment_and_energy: ["#18603a", "#0b4a4f"],
  work_and_training: ["#8a3b12", "#5c1f3b"],
  politics_and_public_life: ["#000091", "#3a1d7a"],
  safety_and_security: ["#9b1b1f", "#4f1030"],
  education_and_research: ["#2a4d9b", "#1b2a6b"],
  society_and_demography: ["#8a2b5a", "#4b1f5c"],
  law_and_justice: ["#3d3d5c", "#1f2333"],
  open_data_tools: ["#005a8c", "#1b1f6b"],
  others: ["#3a4a5c", "#1f2a38"],
};

export const ALL_GRADIENTS: readonly (readonly [string, string])[] = Object.values(GRADIENTS);

export function gradientOf(topic: string): readonly [string, string] {
  return topic in GRADIENTS ? GRADIENTS[topic as ReuseTopic] : GRADIENTS.others;
}

/** Line drawings on a 24×24 grid, stroked: one per udata reuse type (udata/core/reuse/constants.py). */
export const PICTOGRAMS: Record<ReuseType, string> = {
  // A window with its title bar.
  application: '<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M3 9h18M6.5 6.5h.01M9.5 6.5h.01"/>',
  // Code brackets.
  api: '<path d="M8 7l-5 5 5 5M16 7l5 5-5 5M14 4l-4 16"/>',
  // A bar chart.
  visualization: '<path d="M4 20h16M7 16v-5M12 16V6M17 16v-8"/>',
  // A newspaper page with a picture and columns.
  news_article: '<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M7 8h4v4H7zM14 8h3M14 12h3M7 16h10"/>',
  // A document with a folded corner.
  paper: '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4M9 12h6M9 16h6"/>',
  // A speech bubble.
  post: '<path d="M4 5h16v11H10l-5 4v-4H4z"/><path d="M8 9h8M8 12h5"/>',
  // A light bulb.
  idea: '<path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z"/>',
  // A chip with its pins.
  hardware:
    '<rect x="7" y="7" width="10" height="10" rx="1"/><path d="M10 3v4M14 3v4M10 17v4M14 17v4M3 10h4M3 14h4M17 10h4M17 14h4"/>',
};

/** A diamond, for a type the sandbox does not know (it keeps what the catalogue export says). */
const UNKNOWN_PICTOGRAM = '<path d="M12 3l9 9-9 9-9-9z"/>';

/** The pictogram and French label (udata's translation) of a reuse type. */
export function typeArt(type: string): { pictogram: string; label: string } {
  const known = REUSE_TYPES.find((candidate) => candidate.id === type);
  return known ? { pictogram: PICTOGRAMS[known.id], label: known.fr } : { pictogram: UNKNOWN_PICTOGRAM, label: type };
}

/** The producer's pictograms: a building for an organization, a person for a user. */
export const PRODUCER_PICTOGRAMS = {
  organization: '<path d="M4 21V5l8-2v18M12 9l8 2v10M3 21h18M7 8h2M7 12h2M7 16h2M15 14h2M15 17h2"/>',
  user: '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"/>',
} as const;
