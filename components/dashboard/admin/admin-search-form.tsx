import { getTranslations } from "next-intl/server";

import { Link } from "~/components/link";
import { OrganizationFilter } from "~/components/search/organization-filter";
import { CONTROL, ERROR, FIELD, HINT, LABEL, PRIMARY_BUTTON, SMALL_LABEL } from "~/components/ui/styles";
import { type AdminSearch, adminSearchHref, REUSE_STATUSES } from "~/lib/reuses/admin-search";
import { ADMIN_SEARCH_PATH } from "./admin-search-path";

interface AdminSearchFormProps {
  search: AdminSearch;
  /** The organization filtered on, with its name for the field. */
  organization?: { id: string; name: string };
  /** The person filtered on (from a row's producer link), with their name when the results tell it. */
  owner?: { id: string; name: string };
  /** The title field held an address that names no reuse. */
  addressNotFound: boolean;
}

/**
 * The admin search's form: a GET form, so that it works without JavaScript and the address carries the search.
 * The organization field becomes an autocomplete once the scripts run; a person is chosen from a result's
 * producer link (data.gouv.fr's API has no people search the sandbox imitates yet).
 */
export async function AdminSearchForm({ search, organization, owner, addressNotFound }: AdminSearchFormProps) {
  const t = await getTranslations("dashboard.admin");
  const describedBy = addressNotFound ? "admin-search-error admin-search-hint" : "admin-search-hint";
  return (
    <form method="get" action={ADMIN_SEARCH_PATH} role="search" className="mt-6 rounded border border-line p-4">
      <div className="flex flex-col gap-4 lg:flex-row lg:items-end">
        <div className="lg:flex-2">
          <label htmlFor="admin-search-q" className={LABEL}>
            {t("searchLabel")}
          </label>
          <p id="admin-search-hint" className={HINT}>
            {t("searchHint")}
          </p>
          <input
            id="admin-search-q"
            name="q"
            type="search"
            defaultValue={search.q}
            aria-invalid={addressNotFound || undefined}
            aria-describedby={describedBy}
            className={FIELD}
          />
        </div>
        <OrganizationFilter
          selected={organization}
          className="lg:flex-1"
          inputClassName={FIELD}
          labels={{
            label: t("organizationLabel"),
            listLabel: t("organizationListLabel"),
            placeholder: t("organizationPlaceholder"),
            hint: t("organizationHint"),
          }}
        />
        <div>
          <label htmlFor="admin-search-status" className={SMALL_LABEL}>
            {t("statusLabel")}
          </label>
          <select
            id="admin-search-status"
            name="status"
            defaultValue={search.status ?? ""}
            className={`mt-1 ${CONTROL}`}
          >
            <option value="">{t("statusAll")}</option>
            {REUSE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`shrink-0 ${PRIMARY_BUTTON}`}>
          {t("searchSubmit")}
        </button>
      </div>
      {addressNotFound && (
        <p id="admin-search-error" className={ERROR}>
          {t("addressNotFound")}
        </p>
      )}
      {owner && (
        <p className="mt-3">
          <input type="hidden" name="owner" value={owner.id} />
          {t("ownerFilter", { name: owner.name })}{" "}
          <Link href={adminSearchHref(ADMIN_SEARCH_PATH, { ...search, owner: undefined, page: 1 })}>
            {t("removeOwnerFilter")}
          </Link>
        </p>
      )}
    </form>
  );
}
