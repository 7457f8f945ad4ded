/**
 * Allure 3 configuration (`allure generate`, no Java; used by `npm run report:allure`, which
 * passes the results and output folders of WM_REPORTS_DIR): the awesome plugin in single-file
 * mode, so the report is one HTML file that opens from disk (e.g. as a CI artifact), grouped by
 * API generation → resource → operation. A TypeScript file (Allure loads it with jiti) so that
 * it is type-checked and linted like the rest; `import type` only — importing a value from
 * 'allure' would start its CLI.
 */
import type { AllureConfig } from 'allure';

const reports = process.env.WM_REPORTS_DIR ?? 'reports';

const config: AllureConfig = {
  name: 'wm-conformance',
  output: `${reports}/allure`,
  plugins: {
    awesome: {
      options: {
        reportName: 'wm-conformance',
        singleFile: true,
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
};

export default config;
