import { z } from "zod";

/** Reuses shown on a page of the public listing. */
export const REUSES_PAGE_SIZE = 20;

/** udata answers pages far beyond the last with an empty list; nobody browses past this one. */
const MAX_PAGE = 1000;

export const reuseListInput = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
});

/** The `?page=` of a URL: anything that is not a page number in range means the first page. */
export function pageFromParam(param: string | string[] | undefined): number {
  const parsed = reuseListInput.shape.page.safeParse(Number(param));
  return parsed.success ? parsed.data : 1;
}
