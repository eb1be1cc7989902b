// Vue 3 recipe, exercised by test/e2e/frameworks.mjs: tell the template compiler that civic-*
// tags are custom elements, bind objects with `.prop`, listen with @civic-… events.
import { createApp } from 'vue/dist/vue.esm-bundler.js';

const app = createApp({
  data: () => ({
    loaded: '',
    items: [{ id: 'vue-1', title: 'Headline passed as a property from Vue', categories: [], date: '2026-03-21T10:00:00+01:00' }],
  }),
  template: `
    <civic-article-cards src="/data/news.json" page-size="3" lang="de" @civic-feed-load="loaded = String($event.detail.count)"></civic-article-cards>
    <civic-news-ticker lang="de" :items.prop="items"></civic-news-ticker>
    <output id="vue-loaded">{{ loaded }}</output>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('civic-');
app.mount('#vue-root');
