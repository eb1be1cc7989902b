// React 19 recipe, exercised by test/e2e/frameworks.mjs: attributes as props, objects as
// properties (React 19 sets a prop as a property when the element has it), and custom
// events through `on` + the exact event name.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const items = [
  { id: 'react-1', title: 'Headline passed as a property from React', categories: [], date: '2026-03-21T10:00:00+01:00' },
];

function App() {
  const [loaded, setLoaded] = useState('');
  return (
    <>
      <civic-article-cards src="/data/news.json" page-size="3" lang="en" oncivic-feed-load={(event) => setLoaded(String(event.detail.count))} />
      <civic-news-ticker lang="en" items={items} />
      <output id="react-loaded">{loaded}</output>
    </>
  );
}

createRoot(document.getElementById('react-root')).render(<App />);
