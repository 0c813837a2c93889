import "server-only";

import { getLocale } from "next-intl/server";

import { api } from "~/server/api/rsc";
import { REUSE_TOPICS, REUSE_TYPES } from "~/lib/udata/vocabulary";

const WRITABLE_TYPES: ReadonlySet<string> = new Set(REUSE_TYPES);
const WRITABLE_TOPICS: ReadonlySet<string> = new Set(REUSE_TOPICS);

/**
 * The types and topics a form offers, with udata's labels in the page's language (cached for a day): those a reuse can be
 * given, which the procedures check (a newer value upstream would be refused, so it is not offered).
 */
export async function formChoices() {
  const locale = await getLocale();
  const [types, topics] = await Promise.all([api.reuses.types({ locale }), api.reuses.topics({ locale })]);
  return {
    types: types.filter((type) => WRITABLE_TYPES.has(type.id)),
    topics: topics.filter((topic) => WRITABLE_TOPICS.has(topic.id)),
  };
}
