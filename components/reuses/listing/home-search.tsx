import { useTranslations } from "next-intl";

import { ReuseSearchBox } from "~/components/search/reuse-search-box";
import { SearchForm } from "~/components/search/search-form";
import { SearchButton } from "./search-button";
import { CONTROL } from "~/components/ui/styles";
import { LISTING_PATH } from "~/lib/reuses/listing-params";

/** The home page's search box: a GET form to the listing, which suggests reuses as one types. */
export function HomeSearch() {
  const t = useTranslations("listing");
  return (
    <SearchForm action={LISTING_PATH} label={t("searchLabel")} className="mt-6 max-w-2xl">
      <label htmlFor="home-q" className="block font-semibold">
        {t("searchLabel")}
      </label>
      <div className="mt-2 flex gap-2">
        <div className="min-w-0 flex-1">
          <ReuseSearchBox
            id="home-q"
            placeholder={t("homeSearchPlaceholder")}
            listLabel={t("suggestedReuses")}
            className={CONTROL}
          />
        </div>
        <SearchButton label={t("searchButton")} />
      </div>
    </SearchForm>
  );
}
