import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

/** Titled as what it is (the not-found page's own metadata is not used for a page's notFound()). */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageFailure");
  return { title: t("notFoundTitle") };
}

/** Any other address in a language: the language's not-found page, inside the site's layout. */
export default function UnknownPage() {
  notFound();
}
