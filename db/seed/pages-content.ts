/**
 * The organization profile: the legacy site's menu (db/seed/fixtures/legacy-oim-fr.txt) as a page
 * tree, with short texts that say only what the seed says (UN system, since 1951, 175 member
 * states, present in 171 countries, humane and orderly migration that benefits all, the 2030
 * Agenda, humanitarian aid and sustainable development linked; the structure's units).
 *
 * The French bodies of "Qui sommes-nous" and "Notre travail" are the legacy sentences verbatim,
 * straight apostrophes and "Etats" included (checked against the fixture in seed.test.ts; the
 * legacy menu's "Qui sommes nous" lacks the hyphen the title has);
 * the other French texts are new and use French typography. English, Spanish and Arabic are
 * translations of the French.
 */
import type { Localized } from './context';

export interface PageContent {
  key: string;
  parentKey?: string;
  /** Order among siblings, as in the legacy menu. */
  position: number;
  title: Localized<string>;
  /** One string per paragraph. */
  body: Localized<string[]>;
}

export const PAGES: readonly PageContent[] = [
  {
    key: 'who-we-are',
    position: 0,
    title: { fr: 'Qui sommes-nous', en: 'Who we are', es: 'Quiénes somos', ar: 'من نحن' },
    body: {
      fr: [
        "L'Organisation internationale pour les migrations (OIM) fait partie du système des Nations Unies et est la première organisation intergouvernementale à promouvoir depuis 1951 une migration humaine et ordonnée qui profite à tous, composée de 175 Etats membres et présente dans 171 pays.",
      ],
      en: [
        'The International Organization for Migration (IOM) is part of the United Nations system and is the leading intergovernmental organization promoting, since 1951, humane and orderly migration that benefits all, with 175 Member States and a presence in 171 countries.',
      ],
      es: [
        'La Organización Internacional para las Migraciones (OIM) forma parte del sistema de las Naciones Unidas y es la principal organización intergubernamental que promueve, desde 1951, una migración humana y ordenada que beneficia a todos; cuenta con 175 Estados Miembros y está presente en 171 países.',
      ],
      ar: [
        'المنظمة الدولية للهجرة جزء من منظومة الأمم المتحدة، وهي المنظمة الحكومية الدولية الرائدة في تعزيز الهجرة الإنسانية والمنظمة التي تعود بالنفع على الجميع منذ عام 1951، وتضم 175 دولة عضوًا وتوجد في 171 بلدًا.',
      ],
    },
  },
  {
    key: 'structure',
    parentKey: 'who-we-are',
    position: 0,
    title: { fr: 'Structure', en: 'Structure', es: 'Estructura', ar: 'الهيكل التنظيمي' },
    body: {
      fr: [
        'La structure organisationnelle de l’OIM réunit, autour de la Directrice générale, deux Directrices générales adjointes, chargées l’une de la gestion et des réformes, l’autre des opérations, ainsi que trois bureaux.',
      ],
      en: [
        'IOM’s organizational structure brings together, around the Director General, two Deputy Directors General — one for Management and Reform, the other for Operations — and three offices.',
      ],
      es: [
        'La estructura orgánica de la OIM reúne, en torno a la Directora General, a dos Directoras Generales Adjuntas —una de Gestión y Reforma y otra de Operaciones— y tres oficinas.',
      ],
      ar: [
        'يضم الهيكل التنظيمي للمنظمة الدولية للهجرة، إلى جانب المديرة العامة، نائبتين للمديرة العامة، إحداهما لشؤون الإدارة والإصلاح والأخرى لشؤون العمليات، فضلًا عن ثلاثة مكاتب.',
      ],
    },
  },
  {
    key: 'our-work',
    position: 1,
    title: { fr: 'Notre travail', en: 'Our work', es: 'Nuestro trabajo', ar: 'عملنا' },
    body: {
      fr: [
        "En tant que principale organisation intergouvernementale qui promeut depuis 1951 une migration humaine et ordonnée, l'OIM joue un rôle clé pour soutenir la réalisation du Programme 2030 à travers différents domaines d'intervention qui relient à la fois l'aide humanitaire et le développement durable.",
      ],
      en: [
        'As the leading intergovernmental organization promoting humane and orderly migration since 1951, IOM plays a key role in supporting the achievement of the 2030 Agenda through different areas of intervention that link both humanitarian assistance and sustainable development.',
      ],
      es: [
        'Como principal organización intergubernamental que promueve desde 1951 una migración humana y ordenada, la OIM desempeña un papel fundamental en el apoyo a la consecución de la Agenda 2030 a través de distintos ámbitos de intervención que vinculan a la vez la asistencia humanitaria y el desarrollo sostenible.',
      ],
      ar: [
        'بصفتها المنظمة الحكومية الدولية الرئيسية التي تعمل منذ عام 1951 على تعزيز الهجرة الإنسانية والمنظمة، تؤدي المنظمة الدولية للهجرة دورًا رئيسيًا في دعم تحقيق خطة عام 2030 من خلال مجالات تدخّل مختلفة تربط بين المساعدة الإنسانية والتنمية المستدامة في آن واحد.',
      ],
    },
  },
  {
    key: 'what-we-do',
    parentKey: 'our-work',
    position: 0,
    title: { fr: 'Ce que nous faisons', en: 'What we do', es: 'Qué hacemos', ar: 'ما نقوم به' },
    body: {
      fr: [
        'L’OIM promeut une migration humaine et ordonnée qui profite à tous. Ses domaines d’intervention relient l’aide humanitaire et le développement durable.',
      ],
      en: [
        'IOM promotes humane and orderly migration that benefits all. Its areas of intervention link humanitarian assistance and sustainable development.',
      ],
      es: [
        'La OIM promueve una migración humana y ordenada que beneficia a todos. Sus ámbitos de intervención vinculan la asistencia humanitaria y el desarrollo sostenible.',
      ],
      ar: [
        'تعمل المنظمة الدولية للهجرة على تعزيز الهجرة الإنسانية والمنظمة التي تعود بالنفع على الجميع. وتربط مجالات تدخّلها بين المساعدة الإنسانية والتنمية المستدامة.',
      ],
    },
  },
  {
    key: 'partnerships',
    parentKey: 'our-work',
    position: 1,
    title: { fr: 'Partenariats', en: 'Partnerships', es: 'Alianzas', ar: 'الشراكات' },
    body: {
      fr: ['Organisation intergouvernementale du système des Nations Unies, l’OIM rassemble 175 États membres.'],
      en: ['An intergovernmental organization in the United Nations system, IOM brings together 175 Member States.'],
      es: ['Organización intergubernamental del sistema de las Naciones Unidas, la OIM reúne a 175 Estados Miembros.'],
      ar: ['تضم المنظمة الدولية للهجرة، وهي منظمة حكومية دولية ضمن منظومة الأمم المتحدة، 175 دولة عضوًا.'],
    },
  },
  {
    key: 'where-we-work',
    parentKey: 'our-work',
    position: 2,
    title: { fr: 'Où travaillons-nous', en: 'Where we work', es: 'Dónde trabajamos', ar: 'أين نعمل' },
    body: {
      fr: ['L’OIM est présente dans 171 pays. Vous trouverez ici les coordonnées de ses bureaux.'],
      en: ['IOM is present in 171 countries. You will find the contact details of its offices here.'],
      es: ['La OIM está presente en 171 países. Aquí encontrará los datos de contacto de sus oficinas.'],
      ar: ['توجد المنظمة الدولية للهجرة في 171 بلدًا. وتجدون هنا بيانات الاتصال بمكاتبها.'],
    },
  },
  {
    key: 'take-action',
    position: 2,
    title: { fr: 'Agir', en: 'Take action', es: 'Actuar', ar: 'اتخذ إجراءً' },
    body: {
      fr: [
        'Travailler avec nous ou vous engager à nos côtés : deux façons de contribuer à une migration humaine et ordonnée qui profite à tous.',
      ],
      en: ['Work with us or get involved: two ways to contribute to humane and orderly migration that benefits all.'],
      es: [
        'Trabajar con nosotros o participar: dos maneras de contribuir a una migración humana y ordenada que beneficie a todos.',
      ],
      ar: ['العمل معنا أو المشاركة في جهودنا: طريقتان للإسهام في هجرة إنسانية ومنظمة تعود بالنفع على الجميع.'],
    },
  },
  {
    key: 'work-with-us',
    parentKey: 'take-action',
    position: 0,
    title: { fr: 'Travailler avec nous', en: 'Work with us', es: 'Trabajar con nosotros', ar: 'العمل معنا' },
    body: {
      fr: [
        'Travailler à l’OIM, c’est contribuer, au sein du système des Nations Unies, à une migration humaine et ordonnée qui profite à tous.',
      ],
      en: [
        'Working at IOM means contributing, within the United Nations system, to humane and orderly migration that benefits all.',
      ],
      es: [
        'Trabajar en la OIM es contribuir, dentro del sistema de las Naciones Unidas, a una migración humana y ordenada que beneficie a todos.',
      ],
      ar: ['العمل في المنظمة الدولية للهجرة إسهامٌ، داخل منظومة الأمم المتحدة، في هجرة إنسانية ومنظمة تعود بالنفع على الجميع.'],
    },
  },
  {
    key: 'get-involved',
    parentKey: 'take-action',
    position: 1,
    title: { fr: 'Engagez-vous', en: 'Get involved', es: 'Participe', ar: 'شارك' },
    body: {
      fr: ['Chacun peut contribuer à une migration humaine et ordonnée qui profite à tous.'],
      en: ['Everyone can contribute to humane and orderly migration that benefits all.'],
      es: ['Todas las personas pueden contribuir a una migración humana y ordenada que beneficie a todos.'],
      ar: ['بإمكان كل شخص أن يسهم في هجرة إنسانية ومنظمة تعود بالنفع على الجميع.'],
    },
  },
  {
    key: 'data-and-research',
    position: 3,
    title: { fr: 'Données et recherche', en: 'Data and research', es: 'Datos e investigación', ar: 'البيانات والبحوث' },
    body: {
      fr: [
        'La migration et le développement sont un thème essentiel pour l’OIM, qu’il s’agisse de l’impact de la migration sur les pays d’origine et d’accueil, des droits des migrants, de la migration des personnes qualifiées ou du rôle des remises de fonds.',
      ],
      en: [
        'Migration and development is an essential theme for IOM, whether it concerns the impact of migration on countries of origin and destination, the rights of migrants, the migration of skilled persons or the role of remittances.',
      ],
      es: [
        'La migración y el desarrollo son un tema fundamental para la OIM, ya se trate del impacto de la migración en los países de origen y de acogida, de los derechos de los migrantes, de la migración de personas calificadas o del papel de las remesas.',
      ],
      ar: [
        'تمثل الهجرة والتنمية موضوعًا أساسيًا للمنظمة الدولية للهجرة، سواء تعلق الأمر بأثر الهجرة على بلدان المنشأ والمقصد، أو بحقوق المهاجرين، أو بهجرة الأشخاص المؤهلين، أو بدور التحويلات المالية.',
      ],
    },
  },
  {
    key: 'agenda-2030',
    position: 4,
    title: { fr: 'Agenda 2030', en: '2030 Agenda', es: 'Agenda 2030', ar: 'خطة عام 2030' },
    body: {
      fr: [
        'L’OIM joue un rôle clé pour soutenir la réalisation du Programme 2030, à travers différents domaines d’intervention qui relient l’aide humanitaire et le développement durable.',
      ],
      en: [
        'IOM plays a key role in supporting the achievement of the 2030 Agenda, through different areas of intervention that link humanitarian assistance and sustainable development.',
      ],
      es: [
        'La OIM desempeña un papel fundamental en el apoyo a la consecución de la Agenda 2030, a través de distintos ámbitos de intervención que vinculan la asistencia humanitaria y el desarrollo sostenible.',
      ],
      ar: [
        'تؤدي المنظمة الدولية للهجرة دورًا رئيسيًا في دعم تحقيق خطة عام 2030، من خلال مجالات تدخّل مختلفة تربط بين المساعدة الإنسانية والتنمية المستدامة.',
      ],
    },
  },
];
