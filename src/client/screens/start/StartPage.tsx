import { Link } from 'wouter';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/useT.ts';
import { paths } from '../../paths.ts';
import { JoinCodeForm } from '../../components/JoinCodeForm.tsx';
import { ScenarioList } from './ScenarioList.tsx';
import { ScenarioUpload } from './ScenarioUpload.tsx';

/** The front door: join with a code, or start an exercise from a bundled or uploaded scenario. */
export default function StartPage() {
  const { t } = useT();
  return (
    <>
      <PageHeader title={t('start.title')} />
      <main id="main" className="start-page">
        <p className="tagline">{t('app.tagline')}</p>
        <section aria-labelledby="join-heading" className="panel">
          <h2 id="join-heading">{t('start.join.heading')}</h2>
          <JoinCodeForm />
        </section>
        <section aria-labelledby="run-heading" className="panel">
          <h2 id="run-heading">{t('start.scenarios.heading')}</h2>
          <ScenarioList />
          <h3>{t('start.upload.heading')}</h3>
          <ScenarioUpload />
          <p>
            <Link href={paths.author()}>{t('start.links.author')}</Link>
          </p>
        </section>
      </main>
    </>
  );
}
