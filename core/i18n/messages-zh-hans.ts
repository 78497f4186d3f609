/**
 * The interface's words in Simplified Chinese: the source catalog. Its keys are every message there is; the
 * Traditional and English catalogs must give each one (MessageCatalog). `{name}` marks a value filled in at
 * run time. Keys use only letters, digits and `_`, as the extension's messages.json files require.
 */
export const ZH_HANS = {
  // The manifest (through __MSG_…__, wxt.config.ts).
  extension_name: 'Role Lens 岗位透镜',
  extension_description: '在招聘页面上标出运营、营销和销售，并按原文的各个观点逐一解释。',
  action_title: 'Role Lens 岗位透镜：查找和对比运营、营销、销售',
  command_toggle_site: '在当前网站上关闭或打开 Role Lens',
  command_explain: '解释选中的文字，或下一个标记的词',

  // The toolbar popup.
  popup_open_options: '设置',
  popup_search_label: '查找词条',
  popup_search_placeholder: '输入运营、營運、运营总监、sales…',
  popup_core_words: '三个核心词',
  popup_compare: '三者对比',
  popup_results: '搜索结果',
  popup_results_count: '{count} 个结果',
  popup_recent: '最近查过',
  popup_false_friend: '“{word}”不是职位名称，岗位透镜不标记它。',
  popup_not_found: '没有找到“{query}”。试试运营、营销、销售或某个职位名。',
  popup_mark_on_site: '在 {host} 上标记',

  // The comparison of the three words (popup).
  compare_does: '做什么',
  compare_relations_title: '谁包含谁（每组 14 个观点）',
  compare_lead: '要点',
  compare_not_discussed: '没有谈到',

  // The options page.
  options_title: 'Role Lens 岗位透镜 · 设置',
  options_saved: '已保存，打开的网页会立即更新。',
  options_save_failed: '保存失败：{error}',
  options_enabled: '在网页上标记并解释运营、营销、销售',
  options_language_title: '界面语言',
  language_auto: '跟随浏览器',
  language_zh_hans: '简体中文',
  language_zh_hant: '繁體中文',
  language_en: 'English',
  options_explain_in_title: '卡片用哪种语言解释',
  explain_in_page: '网页的语言',
  explain_in_interface: '我的界面语言',
  explain_in_zh_hans: '简体',
  options_families_title: '标记哪些词',
  mark_line_solid: '实线',
  mark_line_wavy: '波浪线',
  mark_line_dotted: '点线',
  options_trigger_title: '什么时候打开卡片',
  trigger_hover: '指针停在标记上',
  trigger_shift: '按住 Shift 并指向标记',
  trigger_alt: '按住 Alt 并指向标记',
  trigger_ctrl: '按住 Ctrl 并指向标记',
  trigger_click: '点击标记',
  options_trigger_note:
    '点击标记会固定卡片；卡片打开时按 P 也可以固定，Esc 关闭。快速划过标记时不会弹出卡片。',
  options_mark_style_title: '标记的样子',
  mark_style_underline: '下划线（三个词线型不同）',
  mark_style_background: '底色',
  mark_style_none: '不标记（只用工具栏弹窗）',
  options_theme_title: '卡片配色和字号',
  theme_auto: '跟随系统',
  theme_light: '浅色',
  theme_dark: '深色',
  text_size_page: '字号跟随网页',
  text_size_px: '{size} 像素',
  options_viewpoints_title: '显示哪些观点',
  options_viewpoints_note:
    '原文有十四个回答，彼此并不一致。卡片展开后按原文顺序显示选中的观点（只显示谈到那个词的），在卡片里也可以临时点选。已选 {chosen} / {total}。',
  options_presets_legend: '一组观点',
  preset_default: '默认：原文的分布',
  preset_default_hint: '两种“包含”说法各选几个，再加几个只讲分工的：看得到原文的分歧。',
  preset_containment: '谁包含谁',
  preset_containment_hint: '认为一个词包含另一个词的回答。',
  preset_division: '各做什么',
  preset_division_hint: '分别说明每个词做什么、不说谁包含谁的回答。',
  preset_internet: '互联网行业',
  preset_internet_hint: '从互联网岗位出发的回答：用户、拉新、留存、转化。',
  preset_organisation: '公司组织',
  preset_organisation_hint: '从部门、总监和公司管理出发的回答。',
  preset_all: '全部',
  options_sites_title: '不在这些网站上运行',
  options_sites_placeholder: '每行一个域名，例如 www.example.com',

  // The options' site list (issue 13): what it takes, and each line it does not keep.
  options_sites_hint:
    '每行一个：域名（www.example.com）、网址（只取其中的域名）或 *.example.com（这个域名和它所有的子域名）。边输入边保存。',
  site_problem_not_a_site:
    '第 {line} 行“{text}”不是网站，没有保存。请写域名（如 www.example.com）或以 http:// 或 https:// 开头的网址。',
  site_problem_wildcard:
    '第 {line} 行“{text}”没有保存：星号只能写在最前面，后面跟一个点和域名，如 *.example.com。',
  site_problem_too_long: '第 {line} 行太长，不是网站，没有保存。',

  // Backing up settings as a file (options).
  options_backup_title: '备份设置',
  options_backup_note: '把设置存成一个文件，到别的浏览器或电脑上导入。导入会替换文件里写到的设置。',
  options_export: '导出设置',
  options_import: '导入设置…',
  import_done: '已导入“{file}”里的设置。',
  import_refused: '没有导入“{file}”，设置没有任何改动：{reason}',
  import_reason_too_large: '文件太大（超过 {max} KB），不是 Role Lens 的设置文件。',
  import_reason_not_json: '文件不是 JSON。',
  import_reason_not_settings: '这不是 Role Lens 导出的设置文件。',
  import_reason_bad_version: '文件没有有效的版本号。',
  import_reason_newer: '文件来自更新的 Role Lens（设置版本 {version}），请先更新扩展。',
  import_reason_hostile_key: '文件含有不允许的键“{key}”。',
  import_reason_bad_field: '“{field}”一项的值不对。',
  import_reason_bad_site: '网站列表里的“{site}”不是网站。',
  import_reason_unreadable: '文件读不出来。',

  // The page's state (issue 13): the popup's header, the toolbar icon's title, the context menu.
  popup_page_title: '本页',
  popup_page_counts: '本页标记：运营 {operations} 处，营销 {marketing} 处，销售 {sales} 处',
  popup_page_counting: '正在数本页的标记…',
  popup_page_none: '本页没有运营、营销或销售。',
  popup_page_unavailable: '这个页面不能标记（浏览器自己的页面、扩展商店、PDF）。查找和对比照常可用。',
  popup_page_off_site: '已在这个网站上关闭，本页不标记。',
  popup_page_off_all: '岗位透镜已在所有网站上关闭（见设置）。',
  popup_page_no_marks: '设置里选了“不标记”：网页上不显示标记。',
  popup_family_not_marked: '不标记',
  action_title_off_site: 'Role Lens 岗位透镜：已在这个网站上关闭',
  action_title_off_all: 'Role Lens 岗位透镜：已关闭',
  action_title_marks: 'Role Lens 岗位透镜：本页标记了 {count} 处',
  context_explain: '用岗位透镜解释 “%s”',
  options_badge: '在工具栏图标上显示本页的标记数',
  popup_page_reload: '岗位透镜还没有读过这个页面：刷新页面后就会标记。',
} as const;
