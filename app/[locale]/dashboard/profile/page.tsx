import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DeleteAccountForm } from "~/components/dashboard/account/delete-account-form";
import { ProfileForm } from "~/components/dashboard/account/profile-form";
import { ImageUploader } from "~/components/dashboard/upload/image-uploader";
import { PageFailureView } from "~/components/errors/page-failure";
import { OutboundLink } from "~/components/ui/outbound-link";
import { pageData } from "~/server/pages/page-data";
import { api } from "~/server/api/rsc";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const result = await pageData(api.account.profile.get());
  if ("failure" in result) return <PageFailureView failure={result.failure} retryHref="/dashboard/profile" />;
  const profile = result.data;
  const t = await getTranslations("dashboard.profile");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">
        {t("intro")} <OutboundLink href={profile.page}>{t("viewOnDatagouv")}</OutboundLink>
      </p>

      <section aria-labelledby="photo" className="mt-10">
        <h2 id="photo" className="text-2xl font-bold">
          {t("photo.title")}
        </h2>
        <div className="mt-4">
          <ImageUploader
            procedure="account.profile.uploadAvatar"
            label={t("photo.choose")}
            current={profile.avatar_thumbnail ? { src: profile.avatar_thumbnail, alt: t("photo.currentAlt") } : null}
          />
        </div>
      </section>

      <section aria-labelledby="informations" className="mt-10">
        <h2 id="informations" className="text-2xl font-bold">
          {t("information")}
        </h2>
        <ProfileForm
          defaults={{
            first_name: profile.first_name,
            last_name: profile.last_name,
            website: profile.website ?? "",
            about: profile.about ?? "",
          }}
        />
      </section>

      <section aria-labelledby="suppression" className="mt-12 rounded border border-danger p-5">
        <h2 id="suppression" className="text-2xl font-bold text-danger">
          {t("delete.title")}
        </h2>
        <p className="mt-3 max-w-3xl">{t("delete.text")}</p>
        <DeleteAccountForm slug={profile.slug} />
      </section>
    </>
  );
}
