/**
 * Sentences a recruiter can paste into a draft for each core responsibility of a role, in
 * the seed article's own wording (lib/lexicon: each core entry quotes the sentence it comes
 * from). Every sentence is checked by a test to count for its responsibility.
 */
export const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'mle.deploy-to-production': ['Deploy machine learning models to production and keep them serving reliably.'],
  'mle.ml-pipeline': ['Build scalable machine learning pipelines that automate training and delivery of models.'],
  'mle.build-ml-systems': ['Build and deploy machine learning systems that deliver models to end users.'],
  'mle.mlops': ['Automate the model life cycle in production with MLOps: versioning, CI/CD for models and automated retraining.'],
  'mle.monitor-models': ['Monitor models in production using metrics, and act on drift and performance degradation.'],
  'mle.retrain-models': ['Retrain and redeploy models as new data arrives to obtain better results.'],
  'mle.robustness-tests': ['Write tests to evaluate the robustness of models before and after release.'],
  'mle.validation-strategy': ['Develop validation strategies and evaluation frameworks for new models.'],
  'mle.improve-algorithms': ['Analyze and improve ML algorithms to raise model accuracy.'],
  'mle.train-select-models': ['Participate in developing, training and choosing models that solve business problems.'],
  'mle.data-quality-with-de': ['Supervise data acquisition and work with data engineers to verify training data quality.'],
  'mle.custom-code': ['Write production code that runs models in the target environment.'],
  'mle.ml-apps-business': ['Develop machine learning applications that meet business needs, with product managers and engineers.'],
  'mle.ml-documentation': ['Document machine learning processes so the team can follow and repeat them.'],
  'mle.recommend-ml-improvements': ['Recommend improvements to ML models and systems in production from what monitoring shows.'],
  'mle.scale-models': ['Take models from research to production and make them work at scale.'],
  'ds.experiments': ['Design and run experiments, such as A/B tests, with data and models.'],
  'ds.statistics': ['Apply statistics and statistical modelling to answer business questions.'],
  'ds.analytics': ['Analyze data to find the patterns and trends that answer business questions.'],
  'ds.reporting': ['Communicate findings and insights to stakeholders in clear reports and presentations.'],
  'ds.prepare-data': ['Prepare and explore data for modelling: clean it, join it and understand it.'],
  'ds.models-for-insight': ['Build models that turn data into business insights.'],
  'ds.predictive-modelling': ['Build predictive and statistical models, such as forecasts and classifiers.'],
  'de.data-pipelines': ['Build data pipelines that move data from its source to where it is consumed.'],
  'de.build-test-maintain': ['Build, test and maintain data pipelines and the infrastructure they run on.'],
  'de.move-data-to-consumers': ['Ingest and integrate data from source systems and deliver it to analysts, data scientists and models.'],
  'de.data-quality': ['Ensure data quality with validation checks, monitoring and clear ownership of every table.'],
};
