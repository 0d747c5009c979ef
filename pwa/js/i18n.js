// English and Simplified Chinese. The browser's language picks one; the switch in the
// header overrides it and is remembered on this phone.

const STRINGS = {
  en: {
    'app.title': 'BoothMate',
    'nav.capture': 'Capture', 'nav.leads': 'Leads', 'nav.main': 'Main',
    'lang.switch': '中文', 'lang.switch.label': 'Switch language to Chinese',
    'login.title': 'Sign in', 'login.email': 'Email', 'login.password': 'Password', 'login.submit': 'Sign in',
    'login.offline': 'You are offline. Sign in once while connected; after that the app works offline.',
    'login.again': 'Your session ended. Sign in again: nothing waiting to sync is lost.',
    'show.label': 'Show', 'show.none': 'No show',
    'capture.card': 'Card front', 'capture.cardBack': 'Card back', 'capture.photo': 'Booth photo',
    'capture.remove': 'Remove photo',
    'class.label': 'Visitor', 'class.key': 'Key', 'class.potential': 'Potential', 'class.browsing': 'Browsing',
    'intent.label': 'What happened',
    'intent.ordered': 'Ordered', 'intent.intends_to_order': 'Intends to order',
    'intent.terms_not_agreed': 'Terms not agreed', 'intent.wants_materials': 'Wants materials',
    'intent.just_looking': 'Just looking',
    'notes.label': 'Notes', 'notes.chips': 'Buyer questions',
    'chip.specs': 'Specs', 'chip.price': 'Target price', 'chip.quantity': 'Quantity', 'chip.brand': 'Brand',
    'chip.suppliers': 'Chinese suppliers', 'chip.terms': 'FOB/CIF', 'chip.port': 'Port', 'chip.packaging': 'Packaging',
    'products.label': 'Products of interest', 'products.none': 'No products in the catalogue yet.',
    'products.quantity': 'Quantity', 'products.price': 'Target price',
    'save': 'Save lead', 'saved': 'Saved. It syncs by itself.',
    'save.empty': 'Take the card photo or write a note first.',
    'sync.synced': 'All synced', 'sync.waiting': '{n} waiting', 'sync.failed': '{n} failed',
    'sync.offline': 'Offline', 'sync.signin': 'Sign in to sync', 'sync.busy': 'Syncing…',
    'sync.retryIn': 'Next try in {s} s', 'sync.now': 'Sync now', 'sync.discard': 'Discard',
    'sync.lead': 'Lead', 'sync.photo': 'Photo',
    'sync.others': '{n} waiting for {who}', 'sync.someone': 'another account',
    'account.signedIn': 'Signed in as {email}', 'account.signOut': 'Sign out', 'account.signOutAnyway': 'Sign out anyway',
    'account.pending': 'Waiting to sync: {n}. It all stays on this phone and goes when {email} signs in here again.',
    'account.offline': 'You are offline. Connect to sign out, so the session also ends on the server.',
    'update.ready': 'A new version is ready.', 'update.apply': 'Update now',
    'leads.title': 'Visitors', 'leads.search': 'Search name or company',
    'leads.allDays': 'All days', 'leads.today': 'Today', 'leads.day': 'Day', 'leads.empty': 'No visitors yet.',
    'leads.unnamed': 'Card not read yet', 'leads.pending': 'Not synced yet',
    'lead.back': 'Back to list', 'lead.card': 'Business card',
    'lead.reading.pending': 'Reading the card…', 'lead.reading.done': 'Read from the card. Check the highlighted fields.',
    'lead.reading.failed': 'The card could not be read: {e}', 'lead.reading.none': 'No card read yet.',
    'lead.check': 'Check this field', 'lead.notFound': 'This lead is not on this phone yet.',
    'field.name': 'Name', 'field.title': 'Title', 'field.company': 'Company', 'field.emails': 'Email',
    'field.phones': 'Phone', 'field.website': 'Website', 'field.country': 'Country (2 letters)',
    'field.address': 'Address',
    'lead.notes': 'Notes', 'lead.addNote': 'New note', 'lead.photos': 'Photos', 'lead.addPhoto': 'Add photos',
    'lead.save': 'Save changes', 'lead.saved': 'Changes saved.', 'lead.nothing': 'Nothing changed.',
    // Tonight: the evening review of follow-up mail.
    'nav.tonight': 'Tonight', 'tonight.title': 'Tonight', 'tonight.loading': 'Loading tonight’s mail…',
    'tonight.offline': 'Tonight needs a connection: drafts and sends live on the server. Connect to Wi-Fi and try again.',
    'tonight.retry': 'Try again', 'tonight.empty': 'No follow-up mail for today yet.',
    'tonight.approveAll': 'Approve all ({n})', 'tonight.approvedAll': '{n} approved.',
    'tonight.skipped': 'Not approved: {why}',
    'group.key': 'Key: mail tonight', 'group.potential': 'Potential', 'group.browsing': 'Browsing',
    'group.nurture': 'Keeping in touch',
    'draft.to': 'To', 'draft.noEmail': 'no address yet', 'draft.due': 'Goes {when}',
    'draft.status.draft': 'Waiting for approval', 'draft.status.held': 'Held', 'draft.status.approved': 'Approved',
    'draft.status.discarded': 'Discarded',
    'draft.preview': 'The mail as it will go', 'draft.attachment': 'Attachment',
    'draft.edit': 'Edit subject and text', 'draft.subject': 'Subject', 'draft.body': 'Text',
    'draft.save': 'Save text', 'draft.saved': 'Text saved.',
    'draft.approve': 'Approve', 'draft.hold': 'Hold', 'draft.discard': 'Discard', 'draft.sendNow': 'Send now',
    'draft.confirm': 'Tap again: {action}',
    'draft.reschedule': 'Move', 'draft.newTime': 'New time ({zone})',
    'draft.approved': 'Approved. It goes at the time shown.', 'draft.held': 'Held: it will not go until approved.',
    'draft.discarded': 'Discarded: this mail will not go.', 'draft.sent': 'Handed to the mail server.',
    'draft.rescheduled': 'New time saved.',
    'hint.no_email': 'No email address', 'hint.bad_email': 'Unusable address', 'hint.free_mail': 'Free-mail address',
    'hint.lookalike_domain': 'Look-alike domain', 'hint.nothing_new': 'Says nothing new',
    'hint.template_error': 'Template failed', 'hint.no_photos': 'No booth photo', 'hint.too_soon': 'Too soon after another mail',
    'outbox.title': 'Sent and failed today', 'outbox.empty': 'Nothing sent today yet.',
    'outbox.status.queued': 'Waiting', 'outbox.status.sending': 'Sending', 'outbox.status.sent': 'Sent',
    'outbox.status.failed': 'Failed', 'outbox.status.unknown': 'Unclear', 'outbox.status.cancelled': 'Cancelled',
    'outbox.unknownHelp': 'It may or may not have gone. Check your Sent folder, then decide.',
    'outbox.sent': 'It went out', 'outbox.resend': 'Send again', 'outbox.cancel': 'Drop it',
    'outbox.resolved': 'Done.',
  },
  zh: {
    'app.title': 'BoothMate',
    'nav.capture': '录入', 'nav.leads': '客户', 'nav.main': '主菜单',
    'lang.switch': 'EN', 'lang.switch.label': '切换为英文',
    'login.title': '登录', 'login.email': '邮箱', 'login.password': '密码', 'login.submit': '登录',
    'login.offline': '当前离线。请在联网时登录一次，之后可离线使用。',
    'login.again': '登录已过期，请重新登录。待同步的内容不会丢失。',
    'show.label': '展会', 'show.none': '无展会',
    'capture.card': '名片正面', 'capture.cardBack': '名片背面', 'capture.photo': '展位合影',
    'capture.remove': '删除照片',
    'class.label': '客户等级', 'class.key': '重点', 'class.potential': '潜在', 'class.browsing': '随便看看',
    'intent.label': '洽谈结果',
    'intent.ordered': '现场下单', 'intent.intends_to_order': '有意下单',
    'intent.terms_not_agreed': '条款未谈拢', 'intent.wants_materials': '展后要资料',
    'intent.just_looking': '只是看看',
    'notes.label': '备注', 'notes.chips': '买家问题',
    'chip.specs': '规格参数', 'chip.price': '目标价', 'chip.quantity': '数量', 'chip.brand': '品牌',
    'chip.suppliers': '现有中国供应商', 'chip.terms': 'FOB/CIF', 'chip.port': '港口', 'chip.packaging': '包装',
    'products.label': '感兴趣的产品', 'products.none': '产品目录为空。',
    'products.quantity': '数量', 'products.price': '目标价',
    'save': '保存客户', 'saved': '已保存，将自动同步。',
    'save.empty': '请先拍名片或写备注。',
    'sync.synced': '已全部同步', 'sync.waiting': '{n} 条待同步', 'sync.failed': '{n} 条失败',
    'sync.offline': '离线', 'sync.signin': '请登录以同步', 'sync.busy': '同步中…',
    'sync.retryIn': '{s} 秒后重试', 'sync.now': '立即同步', 'sync.discard': '放弃',
    'sync.lead': '客户', 'sync.photo': '照片',
    'sync.others': '{n} 条等待 {who} 登录', 'sync.someone': '其他账号',
    'account.signedIn': '当前账号：{email}', 'account.signOut': '退出登录', 'account.signOutAnyway': '仍然退出',
    'account.pending': '待同步：{n} 项。它们会保留在此手机上，{email} 再次在此登录时自动发送。',
    'account.offline': '当前离线。请联网后再退出，以便同时结束服务器上的登录。',
    'update.ready': '新版本已就绪。', 'update.apply': '立即更新',
    'leads.title': '来访客户', 'leads.search': '搜索姓名或公司',
    'leads.allDays': '所有日期', 'leads.today': '今天', 'leads.day': '日期', 'leads.empty': '还没有来访客户。',
    'leads.unnamed': '名片尚未识别', 'leads.pending': '尚未同步',
    'lead.back': '返回列表', 'lead.card': '名片',
    'lead.reading.pending': '正在识别名片…', 'lead.reading.done': '已从名片识别，请核对高亮字段。',
    'lead.reading.failed': '名片识别失败：{e}', 'lead.reading.none': '尚未识别名片。',
    'lead.check': '请核对此项', 'lead.notFound': '此手机上还没有这个客户。',
    'field.name': '姓名', 'field.title': '职位', 'field.company': '公司', 'field.emails': '邮箱',
    'field.phones': '电话', 'field.website': '网站', 'field.country': '国家（两位字母）',
    'field.address': '地址',
    'lead.notes': '备注', 'lead.addNote': '新备注', 'lead.photos': '照片', 'lead.addPhoto': '添加照片',
    'lead.save': '保存修改', 'lead.saved': '修改已保存。', 'lead.nothing': '没有修改。',
    // 今晚：晚间审核跟进邮件。
    'nav.tonight': '今晚跟进', 'tonight.title': '今晚跟进', 'tonight.loading': '正在加载今晚的邮件…',
    'tonight.offline': '今晚跟进需要联网：草稿和发送都在服务器上。请连接 Wi-Fi 后重试。',
    'tonight.retry': '重试', 'tonight.empty': '今天还没有跟进邮件。',
    'tonight.approveAll': '全部批准（{n}）', 'tonight.approvedAll': '已批准 {n} 封。',
    'tonight.skipped': '未批准：{why}',
    'group.key': '重点客户：今晚发送', 'group.potential': '潜在客户', 'group.browsing': '随便看看',
    'group.nurture': '长期联系',
    'draft.to': '收件人', 'draft.noEmail': '还没有邮箱', 'draft.due': '发送时间 {when}',
    'draft.status.draft': '待批准', 'draft.status.held': '已暂缓', 'draft.status.approved': '已批准',
    'draft.status.discarded': '已放弃',
    'draft.preview': '邮件发出时的样子', 'draft.attachment': '附件',
    'draft.edit': '修改主题和正文', 'draft.subject': '主题', 'draft.body': '正文',
    'draft.save': '保存正文', 'draft.saved': '正文已保存。',
    'draft.approve': '批准', 'draft.hold': '暂缓', 'draft.discard': '放弃', 'draft.sendNow': '立即发送',
    'draft.confirm': '再点一次：{action}',
    'draft.reschedule': '改时间', 'draft.newTime': '新时间（{zone}）',
    'draft.approved': '已批准，将按显示的时间发送。', 'draft.held': '已暂缓：批准前不会发送。',
    'draft.discarded': '已放弃：这封邮件不会发送。', 'draft.sent': '已交给邮件服务器。',
    'draft.rescheduled': '新时间已保存。',
    'hint.no_email': '没有邮箱地址', 'hint.bad_email': '邮箱地址无效', 'hint.free_mail': '免费邮箱',
    'hint.lookalike_domain': '仿冒域名', 'hint.nothing_new': '没有新内容',
    'hint.template_error': '模板出错', 'hint.no_photos': '没有展位合影', 'hint.too_soon': '距上一封邮件太近',
    'outbox.title': '今天已发送和失败的邮件', 'outbox.empty': '今天还没有发送邮件。',
    'outbox.status.queued': '等待发送', 'outbox.status.sending': '发送中', 'outbox.status.sent': '已发送',
    'outbox.status.failed': '失败', 'outbox.status.unknown': '不确定', 'outbox.status.cancelled': '已取消',
    'outbox.unknownHelp': '可能已发出，也可能没有。请先查看“已发送”文件夹再决定。',
    'outbox.sent': '已经发出', 'outbox.resend': '重新发送', 'outbox.cancel': '不发了',
    'outbox.resolved': '已处理。',
  },
};

const KEY = 'boothmate.lang';
let lang = pick();

function pick() {
  const chosen = localStorage.getItem(KEY);
  if (chosen in STRINGS) return chosen;
  return (navigator.languages || [navigator.language]).some((l) => /^zh\b/i.test(l)) ? 'zh' : 'en';
}

export function currentLang() {
  return lang;
}

/** Marks the page's language, for screen readers and for the right CJK glyphs. */
export function applyLang() {
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
}

/** The user's choice from the switch: remembered, and the screen redrawn in it. */
export function setLang(next) {
  lang = next in STRINGS ? next : 'en';
  localStorage.setItem(KEY, lang);
  applyLang();
  window.dispatchEvent(new Event('langchange'));
}

export function t(key, vars = {}) {
  const text = STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

// Labels that travel with a route (e.g. a nav entry added later) come as {en, zh}.
export function pickText(texts) {
  return texts[lang] ?? texts.en;
}

export function formatTime(iso) {
  return new Date(iso).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : undefined, { hour: '2-digit', minute: '2-digit' });
}

export function formatDay(day) {
  return new Date(`${day}T12:00:00`).toLocaleDateString(lang === 'zh' ? 'zh-CN' : undefined,
    { weekday: 'short', month: 'short', day: 'numeric' });
}
