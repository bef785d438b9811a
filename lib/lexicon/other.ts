/**
 * Signals of neighbouring roles that are none of the three (data analyst, DevOps /
 * site reliability). They never add to an MLE, DS or DE score; they let the verdict
 * say `none` for a posting that is not a data/ML role.
 */
import { corpus, type LexiconEntry } from './types';


export const OTHER_ROLES: LexiconEntry[] = [
  {
    id: 'other.config-management',
    role: 'other',
    kind: 'tool',
    label: 'Configuration management: Ansible, Puppet, Chef',
    patterns: ['ansible', 'puppet', 'chef', 'saltstack', 'configuration management', 'terraform', 'cloudformation', 'infrastructure as code', 'vagrant'],
    weight: 1.5,
    source: corpus(`in 48% of other postings, 0–8% of the others (dev corpus, role names masked)`),
    note: 'DevOps tooling.',
  },
  {
    id: 'other.ci-cd-ops',
    role: 'other',
    kind: 'method',
    label: 'CI/CD, build and release engineering',
    patterns: ['jenkins', 'teamcity', 'bamboo', 'gitlab ci', 'continuous integration|delivery|deployment', 'release engineering|management', 'build ~ pipeline|pipelines|automation'],
    weight: 1,
    source: corpus(`in 41% of other postings, 5–28% of the others (dev corpus, role names masked)`),
    note: 'Software delivery, not data or models.',
  },
  {
    id: 'other.sysadmin',
    role: 'other',
    kind: 'method',
    label: 'Systems administration, networking and on-call operations',
    patterns: ['system|systems ~ administration|administrator', 'linux ~ administration|server|servers', 'on call', '24 7', 'tcp ip', 'dns', 'load balancing|balancer|balancers', 'firewall|firewalls', 'vmware|virtualization', 'nginx|apache httpd|iis', 'nagios|zabbix|prometheus|grafana', 'incident ~ response|management', 'site reliability', 'high availability', 'provisioning', 'powershell|bash scripting'],
    weight: 1,
    source: corpus(`in 46% of other postings, 2–12% of the others (dev corpus, role names masked)`),
    note: 'Operations work.',
  },
  {
    id: 'other.containers',
    role: 'other',
    kind: 'tool',
    label: 'Containers and cluster operations',
    patterns: ['docker', 'kubernetes', 'k8s', 'openshift', 'helm', 'container orchestration'],
    weight: 0.5,
    source: corpus(`in 31% of other postings, 0–13% of the others (dev corpus, role names masked)`),
    note: 'A weak signal alone.',
  },
  {
    id: 'other.bi-reporting',
    role: 'other',
    kind: 'method',
    label: 'Business-intelligence reporting: dashboards, Excel, ad-hoc reports',
    patterns: ['dashboard|dashboards', 'excel', 'pivot ~ table|tables', 'ad hoc ~ report|reports|reporting|analysis|queries', 'business intelligence', 'bi ~ tool|tools|report|reports|developer', 'reporting ~ tool|tools|requirements', 'vlookup', 'microsoft office|ms office'],
    weight: 1,
    source: corpus(`in 33% of other postings, 19–36% of the others (dev corpus, role names masked)`),
    note: 'Analyst work; DS postings ask for modelling beyond it.',
  },
];
