import { OrganizationFilter } from "~/components/search/organization-filter";
import { ReuseSearchBox } from "~/components/search/reuse-search-box";
import { SearchForm } from "~/components/search/search-form";
import { type ListingState } from "~/lib/reuses/listing-state";
import { LAST_UPDATE_CHOICES, PRODUCER_TYPE_CHOICES } from "./search-filter-labels";
import { SearchButton } from "./search-button";
import { CONTROL, FIELD, PRIMARY_BUTTON, SMALL_LABEL } from "~/components/ui/styles";
import { LISTING_PATH } from "~/lib/reuses/listing-params";

/** The listing's one GET form; the sort menu, next to the results, belongs to it through its `form` attribute. */
export const FILTERS_FORM_ID = "reuse-filters";

interface Choice {
  id: string;
  label: string;
}

interface ListingFiltersProps {
  state: ListingState;
  types: Choice[];
  topics: Choice[];
  /** The organization filtered on, with its name. */
  organization?: { id: string; name: string };
}

/**
 * Search box and filters: type, topic, producer type, date of update, organization (with JavaScript) and a tag;
 * the current tags ride along.
 */
export function ListingFilters({ state, types, topics, organization }: ListingFiltersProps) {
  const filters = [state.type, state.topic, state.producerType, state.lastUpdateRange, state.organization];
  const active = filters.filter(Boolean).length + state.tags.length;
  return (
    <SearchForm action={LISTING_PATH} id={FILTERS_FORM_ID} label="Rechercher et filtrer les réutilisations">
      <label htmlFor="search-q" className={SMALL_LABEL}>
        Rechercher une réutilisation
      </label>
      <div className="mt-1 flex gap-2">
        <div className="min-w-0 flex-1">
          <ReuseSearchBox id="search-q" defaultValue={state.q} placeholder="Titre, sujet, lieu…" className={CONTROL} />
        </div>
        <SearchButton />
      </div>
      {/* Folded on small screens, so that the results come soon; always open on large ones. */}
      <details className="mt-4 lg:details-content:[content-visibility:visible]">
        <summary className="cursor-pointer rounded border border-brand px-4 py-2 font-semibold text-brand lg:hidden">
          Filtres{active > 0 && ` (${active} actif${active > 1 ? "s" : ""})`}
        </summary>
        <fieldset className="mt-4 grid gap-4 sm:grid-cols-2 lg:mt-0 lg:grid-cols-4 lg:items-end">
          <legend className="sr-only">Filtres</legend>
          <FilterSelect name="type" label="Type" value={state.type} choices={types} all="Tous les types" />
          <FilterSelect name="topic" label="Thème" value={state.topic} choices={topics} all="Tous les thèmes" />
          <FilterSelect
            name="producer_type"
            label="Type d’organisation"
            value={state.producerType}
            choices={PRODUCER_TYPE_CHOICES}
            all="Toutes"
          />
          <FilterSelect
            name="last_update_range"
            label="Date de mise à jour"
            value={state.lastUpdateRange}
            choices={LAST_UPDATE_CHOICES}
            all="Toutes"
          />
          <OrganizationFilter selected={organization} className="lg:flex-1" inputClassName={FIELD} />
          <div className="lg:flex-1">
            <label htmlFor="filter-tag" className={SMALL_LABEL}>
              Mot-clé
            </label>
            <input id="filter-tag" name="tag" type="text" placeholder="ex. : vélo" className={FIELD} />
            {state.tags.map((tag) => (
              <input key={tag} type="hidden" name="tag" value={tag} />
            ))}
          </div>
          <button type="submit" className={`${PRIMARY_BUTTON} sm:col-span-2 lg:col-span-1`}>
            Filtrer
          </button>
        </fieldset>
      </details>
    </SearchForm>
  );
}

interface FilterSelectProps {
  name: string;
  label: string;
  value: string | undefined;
  choices: Choice[];
  /** The empty choice: no filter. */
  all: string;
}

function FilterSelect({ name, label, value, choices, all }: FilterSelectProps) {
  const id = `filter-${name}`;
  return (
    <div className="lg:flex-1">
      <label htmlFor={id} className={SMALL_LABEL}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} autoComplete="off" className={FIELD}>
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
