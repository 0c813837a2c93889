import { ReuseSearchBox } from "~/components/search/reuse-search-box";
import { SearchForm } from "~/components/search/search-form";
import { SearchButton } from "./search-button";
import { CONTROL } from "~/components/ui/styles";
import { LISTING_PATH } from "~/lib/reuses/listing-params";

/** The home page's search box: a GET form to the listing, which suggests reuses as one types. */
export function HomeSearch() {
  return (
    <SearchForm action={LISTING_PATH} label="Rechercher une réutilisation" className="mt-6 max-w-2xl">
      <label htmlFor="home-q" className="block font-semibold">
        Rechercher une réutilisation
      </label>
      <div className="mt-2 flex gap-2">
        <div className="min-w-0 flex-1">
          <ReuseSearchBox id="home-q" placeholder="ex. : vélo, écoles" className={CONTROL} />
        </div>
        <SearchButton />
      </div>
    </SearchForm>
  );
}
