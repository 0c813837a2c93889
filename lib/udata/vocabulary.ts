// The words of udata's API that both sides of the site use: the server to check what it sends upstream, the
// pages to build filters and forms. Plain values and zod schemas only, safe in a browser bundle.
import { z } from "zod";

/** A MongoDB ObjectId, as udata uses for every id. */
export const OBJECT_ID_PATTERN = /^[0-9a-fA-F]{24}$/;

/** A udata slug (lower-case, digits, dashes; 255 characters at most). */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,254}$/;

/** An ObjectId in a query or a body (path segments go through `objectId()` in paths.ts). */
export const objectIdSchema = z.string().regex(OBJECT_ID_PATTERN);

/** Reuse types udata knows today (udata/core/reuse/constants.py). Inputs use this list; answers take any string. */
export const REUSE_TYPES = [
  "api",
  "application",
  "idea",
  "news_article",
  "paper",
  "post",
  "visualization",
  "hardware",
] as const;
export type ReuseType = (typeof REUSE_TYPES)[number];

/** Reuse topics udata knows today. Inputs use this list; answers take any string. */
export const REUSE_TOPICS = [
  "health",
  "transport_and_mobility",
  "housing_and_development",
  "food_and_agriculture",
  "culture_and_recreation",
  "economy_and_business",
  "environment_and_energy",
  "work_and_training",
  "politics_and_public_life",
  "safety_and_security",
  "education_and_research",
  "society_and_demography",
  "law_and_justice",
  "open_data_tools",
  "others",
] as const;
export type ReuseTopic = (typeof REUSE_TOPICS)[number];

/** udata/core/organization/constants.py `PRODUCER_TYPES`. */
export const PRODUCER_TYPES = [
  "public-service",
  "local-authority",
  "company",
  "association",
  "user",
  "not-specified",
] as const;
export type ProducerType = (typeof PRODUCER_TYPES)[number];

export const LAST_UPDATE_RANGES = ["last_30_days", "last_12_months", "last_3_years"] as const;
export type LastUpdateRange = (typeof LAST_UPDATE_RANGES)[number];

/** Elasticsearch refuses to go past its 10,000th result: `page × page_size` stays within. */
export const SEARCH_RESULT_WINDOW = 10_000;

/** A reuse is addressed by its slug, or by its id (udata answers both). */
export const reuseSlugSchema = z.string().refine((value) => SLUG_PATTERN.test(value) || OBJECT_ID_PATTERN.test(value));
