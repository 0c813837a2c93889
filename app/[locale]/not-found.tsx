import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { NotFoundView } from "~/components/errors/not-found-view";

/** An unknown address is titled as what it is, not as the site's home (Next.js marks it noindex itself). */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageFailure");
  return { title: t("notFoundTitle") };
}

export default function NotFound() {
  return <NotFoundView />;
}
