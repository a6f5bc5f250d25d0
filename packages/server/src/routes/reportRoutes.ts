import { createRoute } from '@hono/zod-openapi';
import { assessWholeOfGovernment, reportDeadlineCompliance } from '@mpp-kit/core';
import { mallParams, reportSchema } from '../api/apiSchemas.js';
import { forbiddenSubjects } from '../http/ApiProblem.js';
import { coordinator } from '../http/access.js';
import type { App } from '../http/AppEnv.js';
import { jsonContent, problemResponses } from './_routeParts.js';

const tags = ['Reports'];

/** Registers the coordinator's reports: deadline compliance and the WoG assessment. */
export function registerReportRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/reports/compliance',
      tags,
      summary: 'Deadline compliance per agency, step and service (coordinators)',
      request: { params: mallParams },
      responses: { 200: jsonContent(reportSchema, 'The report'), ...problemResponses(401, 403) },
    }),
    async (c) => {
      coordinator(c, forbiddenSubjects.complianceReport);
      const { mall, store } = c.get('served');
      const report = await reportDeadlineCompliance(mall, store, { now: new Date() });
      return c.json(report as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/malls/{mallId}/reports/wog',
      tags,
      summary: 'The seven Whole-of-Government indicators with their evidence (coordinators)',
      request: { params: mallParams },
      responses: {
        200: jsonContent(reportSchema, 'The assessment'),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => {
      coordinator(c, forbiddenSubjects.wogAssessment);
      const { mall, store } = c.get('served');
      const report = await assessWholeOfGovernment(mall, { store, locale: c.get('locale') });
      return c.json(report as never, 200);
    },
  );
}
