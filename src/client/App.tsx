import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { LanguageProvider } from './i18n/LanguageProvider.tsx';
import { loadScreenMessages } from './i18n/loadedMessages.ts';
import { ROUTES } from './paths.ts';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { Loading } from './components/Loading.tsx';
import { NotFoundPage } from './screens/NotFoundPage.tsx';

// Each screen is its own chunk: a participant's phone loads the join and play screens only,
// never React Flow or the analysis the facilitator and the projector use, nor the other
// screens' messages, which load beside those screens.
const StartPage = lazy(withScreenMessages(() => import('./screens/start/StartPage.tsx')));
const JoinPage = lazy(() => import('./screens/join/JoinPage.tsx'));
const PlayPage = lazy(() => import('./screens/play/PlayPage.tsx'));
const FacilitatorPage = lazy(withScreenMessages(() => import('./screens/facilitate/FacilitatorPage.tsx')));
const DisplayPage = lazy(withScreenMessages(() => import('./screens/display/DisplayPage.tsx')));
const EvaluatorPage = lazy(withScreenMessages(() => import('./screens/evaluate/EvaluatorPage.tsx')));
const DebriefPage = lazy(withScreenMessages(() => import('./screens/debrief/DebriefPage.tsx')));
const AuthorPage = lazy(withScreenMessages(() => import('./screens/author/AuthorPage.tsx')));

/** A screen that speaks the other screens' messages: its chunk and theirs load side by side. */
function withScreenMessages<Screen>(load: () => Promise<Screen>): () => Promise<Screen> {
  return () => Promise.all([load(), loadScreenMessages()]).then(([screen]) => screen);
}

/** The client: one route per screen, the language around them all. */
export function App() {
  return (
    <LanguageProvider>
      <ErrorBoundary>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path={ROUTES.start} component={StartPage} />
            <Route path={ROUTES.join} component={JoinPage} />
            <Route path={ROUTES.play} component={PlayPage} />
            <Route path={ROUTES.facilitate} component={FacilitatorPage} />
            <Route path={ROUTES.display} component={DisplayPage} />
            <Route path={ROUTES.evaluate} component={EvaluatorPage} />
            <Route path={ROUTES.debrief} component={DebriefPage} />
            <Route path={ROUTES.author} component={AuthorPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </ErrorBoundary>
    </LanguageProvider>
  );
}
