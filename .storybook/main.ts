import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/introduction.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
