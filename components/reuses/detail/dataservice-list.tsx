import { useTranslations } from "next-intl";

import { OutboundLink } from "~/components/ui/outbound-link";
import type { ReuseDetail } from "~/components/reuses/reuse-types";

type DataserviceRef = ReuseDetail["dataservices"][number];

/**
 * The APIs the reuse uses, each linked to its page on data.gouv.fr. Only what the reuse's answer embeds (title
 * and page): the producer of each API would cost one more request per page view.
 */
export function DataserviceList({ dataservices }: { dataservices: DataserviceRef[] }) {
  const t = useTranslations("reuse.dataservices");
  if (dataservices.length === 0) return null;
  return (
    <>
      <h3 className="mt-6 text-lg font-bold">{t("title", { count: dataservices.length })}</h3>
      <ul className="mt-3 divide-y divide-line rounded border border-line">
        {dataservices.map((dataservice) => (
          <li key={dataservice.id} className="px-4 py-3 [overflow-wrap:anywhere]">
            <OutboundLink href={dataservice.self_web_url}>{dataservice.title}</OutboundLink>
          </li>
        ))}
      </ul>
    </>
  );
}
