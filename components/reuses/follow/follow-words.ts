import { formatNumber } from "~/components/ui/format";
import type { Locale } from "~/lib/i18n/locales";

/** What the follow island says, translated by its server parent (public islands carry no catalog). */
export interface FollowWords {
  follow: string;
  /** The followers count, `#` standing for the number: for none, one, several. */
  countNone: string;
  countOne: string;
  countOther: string;
  followedStatus: string;
  unfollowedStatus: string;
  failed: string;
}

/** "12 abonnés", "12,345 followers": in the page's words, the number in its language. */
export function followersText(words: FollowWords, count: number, locale: Locale): string {
  const form = count === 0 ? words.countNone : count === 1 ? words.countOne : words.countOther;
  return form.replace("#", formatNumber(count, locale));
}
