import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { OrganiserStatusBody } from '../../../shared/httpApi.ts';
import { fetchOrganiserStatus } from '../../api/organiserApi.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/useT.ts';
import { paths } from '../../paths.ts';
import { JoinCodeForm } from '../../components/JoinCodeForm.tsx';
import { OrganiserPanel } from './OrganiserPanel.tsx';
import { ScenarioList } from './ScenarioList.tsx';
import { ScenarioUpload } from './ScenarioUpload.tsx';

/** The front door: join with a code, or start an exercise from a bundled or uploaded scenario. */
export default function StartPage() {
  const { t } = useT();
  const [organiser, setOrganiser] = useState<OrganiserStatusBody | undefined>(undefined);
  useEffect(() => {
    let current = true;
    // A server that cannot say leaves the page as it was: creating is then refused with its reason.
    fetchOrganiserStatus()
      .then((status) => current && setOrganiser(status))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  const mayCreate = organiser?.mayCreate ?? true;
  return (
    <>
      <PageHeader title={t('start.title')} />
      <main id="main" className="start-page">
        <p className="tagline">{t('app.tagline')}</p>
        <section aria-labelledby="join-heading" className="panel">
          <h2 id="join-heading">{t('start.join.heading')}</h2>
          <JoinCodeForm />
        </section>
        {organiser && <OrganiserPanel status={organiser} onChange={setOrganiser} />}
        <section aria-labelledby="run-heading" className="panel">
          <h2 id="run-heading">{t('start.scenarios.heading')}</h2>
          {mayCreate && (
            <>
              <ScenarioList />
              <h3>{t('start.upload.heading')}</h3>
              <ScenarioUpload />
            </>
          )}
          <p>
            <Link href={paths.author()}>{t('start.links.author')}</Link>
          </p>
        </section>
      </main>
    </>
  );
}
