import { defineConfig } from 'wxt';

// Role Lens reads pages, never the network. Permissions: `storage` for settings, `activeTab` so the popup
// can read the current tab's host (for the per-site switch) only when the user opens it.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Role Lens 岗位透镜',
    description: 'Marks 运营, 营销 and 销售 in job postings and explains them, viewpoint by viewpoint.',
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'Role Lens 岗位透镜' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'role-lens@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
