import { useTranslations } from "next-intl";

import { OrganizationFilter } from "~/components/search/organization-filter";
import { ReuseSearchBox } from "~/components/search/reuse-search-box";
import { SearchForm } from "~/components/search/search-form";
import { SyncedSelect } from "~/components/search/synced-select";
import { type ListingState } from "~/lib/reuses/listing-state";
import { lastUpdateChoices, producerTypeChoices } from "./search-filter-labels";
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
  const t = useTranslations("listing");
  return (
    <SearchForm action={LISTING_PATH} id={FILTERS_FORM_ID} label={t("formLabel")} applyOnChange>
      <label htmlFor="search-q" className={SMALL_LABEL}>
        {t("searchLabel")}
      </label>
      <div className="mt-1 flex gap-2">
        <div className="min-w-0 flex-1">
          <ReuseSearchBox
            id="search-q"
            defaultValue={state.q}
            placeholder={t("searchPlaceholder")}
            listLabel={t("suggestedReuses")}
            className={CONTROL}
          />
        </div>
        <SearchButton label={t("searchButton")} />
      </div>
      {/* Folded on small screens, so that the results come soon; always open on large ones. */}
      <details className="mt-4 lg:details-content:[content-visibility:visible]">
        <summary className="cursor-pointer rounded border border-brand px-4 py-2 font-semibold text-brand lg:hidden">
          {t("filtersToggle", { active })}
        </summary>
        <fieldset className="mt-4 grid gap-4 sm:grid-cols-2 lg:mt-0 lg:grid-cols-4 lg:items-end">
          <legend className="sr-only">{t("filtersLegend")}</legend>
          <FilterSelect name="type" label={t("typeLabel")} value={state.type} choices={types} all={t("allTypes")} />
          <FilterSelect
            name="topic"
            label={t("topicLabel")}
            value={state.topic}
            choices={topics}
            all={t("allTopics")}
          />
          <FilterSelect
            name="producer_type"
            label={t("producerTypeLabel")}
            value={state.producerType}
            choices={producerTypeChoices(t)}
            all={t("allProducerTypes")}
          />
          <FilterSelect
            name="last_update_range"
            label={t("lastUpdateLabel")}
            value={state.lastUpdateRange}
            choices={lastUpdateChoices(t)}
            all={t("allLastUpdates")}
          />
          <OrganizationFilter
            selected={organization}
            className="lg:flex-1"
            inputClassName={FIELD}
            labels={{
              label: t("organizationLabel"),
              listLabel: t("suggestedOrganizations"),
              placeholder: t("organizationPlaceholder"),
              hint: t("organizationHint"),
            }}
          />
          <div className="lg:flex-1">
            <label htmlFor="filter-tag" className={SMALL_LABEL}>
              {t("tagLabel")}
            </label>
            <input id="filter-tag" name="tag" type="text" placeholder={t("tagPlaceholder")} className={FIELD} />
            {state.tags.map((tag) => (
              <input key={tag} type="hidden" name="tag" value={tag} />
            ))}
          </div>
          <button type="submit" className={`${PRIMARY_BUTTON} sm:col-span-2 lg:col-span-1`}>
            {t("filterButton")}
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
      <SyncedSelect id={id} name={name} value={value ?? ""} autoComplete="off" className={FIELD}>
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </SyncedSelect>
    </div>
  );
}
