//! After-sale requests about the buyer's own order, told from questions about the policy.
//!
//! A request (`我要`, `给我`, `申请`, `I want`) for a refund, return, exchange, cancellation or
//! compensation (`我要退货`, `给我退款`, `想换个色`, `你们得赔`, `I want a refund`), or a report of
//! a problem with what arrived or with a refund under way (`收到是坏的`, `少发了`, `发错了`,
//! `罐子里有虫子`, `退款还没到账`, `arrived damaged`). A policy question is not one: `能退吗`,
//! `退货要运费吗`, `can I return` name no request and no problem; `如果`, `万一`, `会不会`, `if`
//! make a problem hypothetical; and an application already made with a question of how long it
//! takes (`申请退款了 多久能退回来`) asks what the FAQ's refund entry answers.
//!
//! Phrase tables, like the rest of [`super`]: to extend them, add phrases; keep a policy phrasing
//! out of the request tables.

use std::sync::LazyLock;

use super::table::Table;
use super::{GREETING_PARTICLES, contains_words};

/// Who asks: a request marker before an after-sale verb makes it the buyer's own request.
const REQUEST_MARKERS: &[&str] = &[
    "我要", "我想", "想", "要求", "给我", "帮我", "帮忙", "申请", "赶紧", "马上", "立刻", "必须",
    "快点",
];

/// What may follow a request marker without making a request: `我想问下退货要运费吗`.
const ASKING: &[&str] = &["问", "了解", "咨询", "知道", "确认", "看看", "请教"];

/// After-sale verbs a request marker may govern (within a few characters).
#[rustfmt::skip]
const AFTER_SALE_VERBS: &[&str] = &[
    "退货", "退款", "退钱", "退了", "退掉", "退回", "退一", "退个", "退两", "退这", "换货", "换一",
    "换个", "换成", "换了", "换掉", "换新", "换码", "换尺码", "换大", "换小", "换色", "换颜色", "补发",
    "重发", "取消", "售后", "退差价", "补差价", "赔偿", "赔钱",
    // Asking the shop to act on the buyer's case (`帮我处理下`, `快点同意一下`).
    "处理", "同意",
    // Made again (`想重做`).
    "重做", "重新做", "返工",
    // Returning, however it ends (`我要退`, `我想退`): the verbs above name what.
    "退",
    // Sending the goods back (`要寄回给你们`).
    "寄回",
];

/// What an exchange verb may take that is not goods: `想换个地址` changes the order's details,
/// `想换个发票抬头` the invoice's.
const NOT_GOODS: &[&str] = &[
    "地址",
    "电话",
    "手机号",
    "号码",
    "收货人",
    "收件人",
    "快递",
    "物流",
    "付款方式",
    "支付方式",
    "发票",
    "抬头",
];

/// Demands that need no marker.
#[rustfmt::skip]
const DEMANDS: &[&str] = &[
    "退钱", "把钱退", "钱退给我", "退我钱", "不想要了", "不要了",
    // Compensation for the buyer's own loss (`看病花了三百多 你们得赔`).
    "赔我", "给我赔", "赔给我", "你们得赔", "你们要赔", "必须赔", "要求赔偿",
];

/// How long something already under way takes: with an application made (`申请退款了
/// 多久能退回来`) it asks about progress the FAQ can answer, not for a new request.
const HOW_LONG: &[&str] = &[
    "多久",
    "几天",
    "多长时间",
    "多少天",
    "什么时候",
    "啥时候",
    "何时",
];

/// Words that make a wait a complaint (`申请退款三天了还没到`).
const OVERDUE: &[&str] = &["还没", "还不", "怎么还", "没到", "没通过", "没处理"];

/// Reports of a problem with what arrived.
#[rustfmt::skip]
const PROBLEMS: &[&str] = &[
    "坏了", "是坏的", "坏掉", "压坏", "摔坏", "损坏", "破了", "破损", "是破的", "碎了", "裂了",
    "漏液", "漏了", "洒了", "少发", "漏发", "发错", "错发", "发成", "少了", "缺了", "缺少",
    "过期了", "过了期", "开不着", "压扁", "瘪了", "漏得", "开过的", "拆过的", "用过的", "只收到", "没到账", "不给退",
    "过敏了", "肿了", "红肿", "疙瘩", "起疹", "起了疹子", "起红疹", "发痒", "好痒", "很痒",
    // Food and other perishables gone off.
    "发霉", "霉了", "长霉", "长白毛", "长了白毛", "长毛了", "变质", "哈喇", "馊了", "融化了", "化掉了", "受潮了",
    "里有虫", "有虫子", "有小虫", "生虫了", "长虫了",
    // Broken on arrival or soon after (`是碎的`), batteries swollen, parts come off.
    "是碎的", "是裂的", "鼓包了", "鼓起来了", "掉出来了", "脱落了", "脱胶了", "开胶了",
    // Chipped, or a part that will not close, open or move (`崩了个口`, `柜门关不严`).
    "崩了", "崩口", "磕坏", "关不严", "关不上", "合不上", "装不上", "拉不动", "推不动", "打不开",
    // Scratched, split or snapped (`镜面有道划痕`, `底座有裂缝`, `断了两根`).
    "有划痕", "道划痕", "条划痕", "划花了", "刮花了", "有裂缝", "条裂缝", "道裂缝", "裂开了", "断了",
    "折断了",
    // Delivered to the wrong place or as the wrong thing (`送错了`, `寄错了`).
    "送错", "寄错",
    // A pair that does not match (`左脚比右脚大`, `一只大一只小`).
    "左脚比右脚", "右脚比左脚", "一只大一只小", "一大一小",
    // Fewer than ordered, counted (`数了只有18个`).
    "数了只有", "只来了", "只到了",
    // The shop's own slip in what it wrote or made for the buyer (a card, an engraving, lenses):
    // `你们写成了别的字`, `你们做成了小号`.
    "你们写成", "你们写错", "给我写成", "给我写错", "你们做成", "给我做成",
    // A piece come off (`漆掉了一块`, `扣子掉了一颗`).
    "掉了一块", "掉了一个", "掉了一颗",
    // A machine that stopped doing its job, or creaks (`屏幕不显示了`, `椅子坐着咯吱咯吱响`).
    "不显示了", "不转了", "不亮了", "不工作了", "跑偏了", "有异响",
    "咯吱咯吱", "嘎吱嘎吱", "咯吱响", "嘎吱响",
    // Pens, paper, chargers and lights that fail (`笔老是断水`, `笔帽里漏墨了`, `最后几页脱页`,
    // `指示灯一直闪`, `充了一晚没充进去`); water cut off alone is care (`多肉夏天要断水吗`).
    "一直断水", "老是断水", "总是断水", "经常断水", "就断水", "漏墨", "脱页", "掉页", "一直闪", "没充进去", "充不进去", "充不进电", "开不了机",
    // Broken, come off or shattered (`挂钩是断的`, `把手掉下来了`, `杯子碎成两半`, `尺子断成三截`).
    "是断的", "掉下来了", "碎成", "断成", "摔断了",
    // Plants and food gone bad, dirty or smelling (`兰花根是烂的`, `叶子一碰全是水`,
    // `茶叶一股怪味`, `米袋里有小黑虫`, `红枣里有沙子`).
    "是烂的", "烂掉了", "烂根了", "全黑了", "全是水", "一股怪味", "一股臭味",
    "小黑虫", "有沙子",
    // Scratched (`表盘上有一道明显的刮痕`).
    "的划痕", "的刮痕", "有刮痕", "道刮痕", "条刮痕",
    // Not what was bought (`这双不是我拍的`), made wrong (`印章刻错了`), a size off against what
    // it should fit (`表带比表盘小一圈`).
    "不是我拍的", "不是我买的", "不是我订的", "不是我要的", "刻错", "印错", "小一圈", "大一圈",
    // Tracking that stopped, or no word at all (`三天了物流都没更新`, `订了半个月还没消没息`).
    "都没更新", "一直没更新", "还没更新", "没消没息",
    // Money of a return not come back (`货都寄回了 钱还没退`).
    "钱还没退", "还没退钱", "还没退给我", "钱没退",
    // Nothing moving at all (`寄回去一周了 一点动静都没有`, `付款五天了还是待发货`).
    "还没动静", "没有动静", "一点动静没有", "一点动静都没有", "还是待发货", "一直待发货",
    // Loose where it should hold (`刷头装上去是松的`).
    "是松的",
    // A seam come apart or a snag in the cloth (`从缝线那里扯开了`, `前片有一道抽丝`).
    "扯开了", "开线了", "脱线了", "抽丝了", "道抽丝", "条抽丝",
    // Frozen goods thawed, or gone off (`带鱼收到全化了`, `水都是臭的`).
    "全化了", "都化了", "是臭的", "发臭了",
    // The box opened and only part inside (`三件套打开只有上襦和裙子`).
    "打开只有", "拆开只有", "打开就只有", "拆开就只有",
    // A cap come loose, a unit that drips or blows warm (`瓶盖子松了`, `内机一直往下滴水`,
    // `开制冷吹出来是热风`).
    "还没退回来", "还没退回", "还在待发货", "到现在没退", "到现在没到", "到现在还没到",
    // Something not given or not found in the box (`蜡烛和叉子都没给`, `套餐里没有调音器 别的都在`,
    // `箱子翻了好几遍 没看到充电器`).
    "都没给", "别的都在", "其他都在", "其他都齐", "别的都齐", "翻了好几遍", "翻遍了", "套餐里没有",
    // A cake or a bottle gone wrong (`化成一滩`, `侧面整个塌了`, `一直在渗酒`, `木塞上全是霉`).
    "化成一滩", "化成水", "塌了", "一直在渗", "渗出来", "全是霉", "都是霉",
    // Something in the food (`吃出来一根头发`, `茶叶里面有根头发`).
    "里吃出来", "吃出来一", "吃出来个", "吃出一", "有根头发", "一根头发",
    // Written wrong (`名字写成了亭`), cutting out, buzzing, bent (`一加速就断电`, `一按就嗡嗡响`,
    // `琴颈好像弯了`).
    "名字写成", "名字写错", "字写错", "写成了", "就断电", "老是断电", "一直断电", "嗡嗡响", "弯了",
    "变形了", "断在", "道长划痕", "条长划痕",
    "掉了好几颗", "掉了几颗", "挤不出来",
    "盖子松了", "瓶盖松了", "一直滴水", "一直往下滴", "一直漏水", "吹出来是热风",
    "吹的是热风",
    // Print and binding gone wrong (`装订反了`, `印得模模糊糊的`, `字糊成一团`).
    "装订反", "印反了", "印得模糊", "印得模模糊糊", "印刷模糊", "糊成一团",
];

/// Saying the parcel has not come (`还没收到货`, `快递没收到`); money not received is another
/// matter (`商家说没收到钱` is a payment question).
#[rustfmt::skip]
const NOT_RECEIVED: &[&str] = &[
    "没收到货", "没有收到货", "没收到快递", "没有收到快递", "没收到包裹", "没有收到包裹",
    "没收到东西", "没有收到东西", "快递没收到", "包裹没收到", "东西没收到", "货没收到",
    "货还没收到", "宝贝没收到", "还没到货",
    // Delivered by the shop's own courier (flowers, cakes, furniture): `这周没送来`.
    "没送来", "没送到", "没有送到", "没有送来",
];

/// The whole message saying it has not come: in a shop's chat, the parcel.
#[rustfmt::skip]
const NOT_RECEIVED_ALONE: &[&str] = &[
    "没收到", "没有收到", "还没收到", "还没有收到", "我没收到", "我还没收到", "我还没有收到",
];

/// Pairs of words that together report a problem with the buyer's own order (a refund that has
/// not come, a parcel signed for but not received).
const PROBLEM_PAIRS: &[(&str, &str)] = &[
    ("退款", "还没"),
    ("退款", "没通过"),
    ("签收", "没收到"),
    // Marked delivered, and not there (`显示已签收 可家里根本没人`, `写着已配达 我没收到`).
    ("签收", "根本没"),
    ("签收", "没人收"),
    ("签收", "什么都没有"),
    ("签收", "都没有"),
    ("签收", "也没有"),
    ("签收", "啥也没有"),
    ("签收", "没看到"),
    ("签收", "没找到"),
    ("签收", "没见到"),
    ("配达", "没收到"),
    ("配达", "根本没"),
    // A promise broken (`不是说当天发吗 怎么还没动`, `说好的周五到 还没来`, `等了五天了还没发`).
    ("不是说", "还没"),
    ("说好的", "还没"),
    // Live goods dead when they came (`螃蟹到了开箱死了三只`); dead later, or bought elsewhere
    // (`去年死了一半`), is a question of care.
    ("开箱", "死了"),
    ("收到", "死了"),
    ("到了", "死了"),
    ("打开", "死了"),
    // Stuck on the way (`物流卡在中转站4天没动了`).
    ("卡在", "没动"),
    // Late, stuck or not moving after a promise or days (`说好17-19点 现在还没到`, `下单十天了
    // 物流一直停在转运中心不动`).
    ("说好", "还没到"),
    ("说好", "还没来"),
    ("说好", "还没发"),
    ("天了", "不动"),
    // Weighed short (`自己称了才43克`, `称了一下只有两斤`).
    ("称了", "才"),
    ("称了", "只有"),
    ("称了", "不到"),
    // A promised gift not in the box (`说好送炖盅的呢 盒子里没有`).
    ("说好送", "没有"),
    ("不是说送", "没有"),
    // Stuck for days (`下单九天了 物流还卡在转运中心`, `第六天了还在中转站`).
    ("天了", "卡在"),
    ("天了", "还在中转"),
    ("天了", "一动不动"),
    // Still travelling past the day promised (`说好第二天到 今天都第四天了还在路上`).
    ("说好", "还在路上"),
    ("不是说", "还在路上"),
    ("天了", "还没发"),
    // Fewer came than were bought (`买了三条毛巾 就一个`, `数了一下只有9个`).
    ("买了", "就一个"),
    ("买了", "就收到一"),
    ("买了", "只收到"),
    ("拍了", "就一个"),
    ("数了", "只有"),
    ("寄回", "退款"),
    // Sent back, and nothing since (`寄回去一周了 还没收到新的`, `退回去好几天了 还没消息`).
    ("寄回", "还没"),
    ("退回去", "还没"),
    ("寄回", "怎么还"),
    // A delivery past its time (`外卖送到哪了 超时半小时了`).
    ("超时", "送"),
    // What arrived beside what was ordered (`收到的是白色 我拍的是黑色`).
    ("收到的", "拍的是"),
    ("收到的", "买的是"),
    ("收到的", "订的是"),
    // A part come off what arrived (`收到的衣服扣子掉了一颗`).
    ("收到的", "掉了"),
    // One thing of several bought did not come (`买了猫砂和抓板 抓板没收到啊`).
    ("买了", "没收到"),
    ("拍了", "没收到"),
    // An appointment not kept (`师傅说好今天上午来装 现在还没来`).
    ("说好", "没来"),
    ("约好", "没来"),
    ("师傅", "还没来"),
];

/// "I ordered X … you sent Y": a word for what was ordered with one for what arrived reports a
/// wrong item, whatever X and Y are.
const ORDERED: &[&str] = &[
    "买的是",
    "买的",
    "拍的是",
    "拍的",
    "订的是",
    "下单的是",
    "下单选的",
    "选的是",
    "要的是",
    // What the listing or the order promised (`图上是豆绿 收到是军绿色`, `订单上写的北师大版`).
    "图上是",
    "图片上是",
    "图片是",
    "订单上写的",
    "页面上写的",
    "详情页写的",
];
/// See [`ORDERED`].
const RECEIVED: &[&str] = &[
    "寄来的",
    "送来的",
    "发的是",
    "给我发的",
    "发来的",
    "收到的是",
    "到的是",
    "来的是",
    // What came, pointed at (`来的这个是蓝色的`, `给我来了个小号`).
    "来的这个",
    "到的这个",
    "收到的这个",
    "给我来了",
    "给我发了个",
    // What came, said without `的` (`寄来是白色的`, `拿到手是粉的`).
    "寄来是",
    "给我寄来",
    "打开是",
    "拆开是",
    "打开发现是",
    "拆开发现是",
    "发来是",
    "送来是",
    "收到是",
    "到手是",
];

/// Parts of an order (gifts, accessories) that a buyer may report missing with [`MISSING`].
const PARTS: &[&str] = &[
    "赠品",
    "配件",
    "附件",
    "零件",
    "说明书",
    "小样",
    "工具",
    "发票",
    "贺卡",
    "证书",
    "手提袋",
    "礼袋",
    "小册子",
];

/// Words for the order's invoice; with one of [`INVOICE_ERRORS`] they report an invoice made out
/// wrong (`发票开错了`, `税号填错了怎么办`, `忘记改抬头了`), which a person reissues.
const INVOICE_WORDS: &[&str] = &["发票", "抬头", "税号"];
/// See [`INVOICE_WORDS`].
#[rustfmt::skip]
const INVOICE_ERRORS: &[&str] = &[
    "错了", "开错", "填错", "写错", "弄错", "有误", "不对", "忘记改", "忘了改",
];

/// Ways of saying a part did not come; `只有…没有` says it for any part.
#[rustfmt::skip]
const MISSING: &[&str] = &[
    "没收到", "没有", "没给", "没看到", "没看见", "没找到", "少了", "缺", "没放", "忘放", "漏放",
];

/// Words that make a problem hypothetical or a request conditional: a policy question.
#[rustfmt::skip]
const HYPOTHETICAL: &[&str] = &[
    "如果", "万一", "比如", "比方说", "要是", "假如", "假设", "的话", "会不会", "会不", "容易", "担心", "怕", "不会",
];

/// English requests for money back, a return or an exchange.
#[rustfmt::skip]
const REQUESTS_EN: &[&str] = &[
    "i want a refund", "i need a refund", "i want my money back", "want my money back",
    "refund me", "give me a refund", "i demand a refund", "i want to return", "i need to return",
    "i want to exchange", "i need to exchange", "i want a replacement", "i need a replacement",
    "send me a replacement", "get a refund for", "i want to get a refund",
    "i need to get a refund", "get a replacement", "send a replacement", "send me a new one",
    // Asked politely (`id like to return`, `please refund order 123`).
    "id like to return", "i would like to return", "id like a refund", "i would like a refund",
    "id like to exchange", "i would like to exchange", "please refund", "refund my order",
    "need my money back", "need that money back", "get my money back", "can you replace it",
    "send new ones", "get new ones", "i want to send back", "i need to send back",
    "could i have my money back", "can i have my money back", "can i get my money back",
    "id like to send back", "want to send it back", "can you redo", "redo it", "can you reprint",
    "reprint it", "remake it",
    // Singapore English (`want return`, `want refund pls`).
    "want return", "want refund", "want exchange", "want to exchange", "send new one",
    // Taglish (`gusto ko na lang po ibalik`, `pwede ko po ba ipapalit`).
    "ibalik", "ipapalit", "ipalit", "papalitan",
    "send a new one",
];

/// English reports of a problem with what arrived.
#[rustfmt::skip]
const PROBLEMS_EN: &[&str] = &[
    "arrived damaged", "arrived broken", "is broken", "was broken", "came broken", "is damaged",
    "was damaged", "came damaged", "is defective", "was defective", "is leaking", "was leaking",
    "wrong item", "wrong product", "wrong colour", "wrong color", "wrong size", "missing item",
    "item missing", "items missing", "missing from my order", "not what i ordered",
    // Broken, bent or come apart (`the chain snapped`, `a stone fell out`).
    "snapped", "fell out", "fell off", "came off", "came apart", "is bent", "got bent",
    "arrived bent", "all bent", "crushed", "kinked", "is scratched", "came scratched",
    // Less came than was ordered, or the wrong thing (`only got one earring`).
    "only got", "only received", "wrong name", "wrong letter", "wrong engraving", "spelled wrong",
    "spelt wrong", "misspelled", "misspelt",
    // The parcel marked delivered and not there.
    "says delivered", "shows delivered", "said delivered", "marked as delivered",
    "marked delivered",
    // Glass and wax (`arrived with the glass cracked`, `turns up in bits`, `leaked all over`).
    "cracked", "smashed", "shattered", "in bits", "in pieces", "leaked", "arrived melted",
    "all melted",
    // Less came than was ordered (`only had 2 tins in it`).
    "only had", "was missing", "were missing", "is missing", "are missing",
    // Paid more than once.
    "charged twice", "double charged", "charged me twice",
    // Torn, stained or broken since (`the seam ripped after 2 wears`, `zipper broke`).
    "ripped", "torn", "tore", "split open", "coming apart", "falling apart", "fell apart",
    "broke", "stained", "stain on", "a hole in", "has a hole", "has a big hole", "a big hole",
    "missing in my", "missing in the", "tracking stuck", "been stuck",
    // Worked, and then did not (`stopped working after a month`).
    "stopped working", "quit working", "died on me", "no longer works", "stopped charging",
    // Cracked, chipped or peeling (`came with a crack in it`, `a chip on the handle`).
    "a crack", "has a crack", "with a crack", "a chip in", "a chip on", "chipped", "peeling",
    "peeled off", "already fading", "faded after", "bled onto", "bleed onto", "leaking through",
    "leaks through",
    // Not come, though marked so (`app say delivered but i never receive`).
    "say delivered", "never receive", "never received", "havent received my", "charged 2 times",
    "charged two times",
    // Someone else's parcel.
    "someone elses order", "not my order", "wrong order",
    // Consoles, discs and cartridges that fail (`just a black screen`, `wont keep my save`,
    // `keeps skipping`).
    "black screen", "wont turn on", "wont power on", "doesnt turn on", "doesnt power on",
    "keeps freezing", "keeps skipping", "keeps crashing", "froze twice", "wont keep my save",
    "wont hold a save", "file was gone", "save was gone", "wont charge", "doesnt charge",
    // Pulled apart, dirty, a different dye lot, a blank file (`pulled clean out`, `is filthy`,
    // `clearly a different shade`, `all i ever got was a blank file`).
    "pulled out", "pulled clean out", "split right open", "filthy", "a different shade",
    "different shades", "blank file", "all i ever got", "all i got was",
    // Tracking that stopped, a parcel not sent, money not back.
    "hasnt moved", "hasnt updated", "havent had my money", "havent got my money",
    // Singapore and Malaysian English (`still havent arrive`, `left earbud no sound`, `got
    // burning smell`, `the plug pin bent`).
    "havent arrive", "still not arrive", "still never arrive", "no sound", "burning smell",
    "pin bent", "pins bent",
    // Taglish (`sira po yung case`, `basag yung bote`, `expired na po`, `isa lang laman`, `ayaw na
    // mag steam`, `wala na yung seal`, `wala po akong natanggap`).
    "sira", "basag", "expired na", "isa lang laman", "ayaw na", "wala na yung seal",
    "akong natanggap", "walang natanggap", "di ko natanggap", "hindi ko natanggap",
];

/// English pairs of words that together report a problem with the buyer's own order: a refund
/// not come, one thing sent or made instead of another (`ordered a size 7 and got a 9`,
/// `engraved jonh instead of john`).
#[rustfmt::skip]
const PROBLEM_PAIRS_EN: &[(&str, &str)] = &[
    ("refund", "still havent"), ("refund", "still hasnt"), ("refund", "havent received"),
    ("refund", "not received"), ("refund", "never received"), ("refund", "still not"),
    ("refund", "still no"), ("instead of", "sent"), ("instead of", "got"),
    ("instead of", "received"), ("instead of", "engraved"), ("ordered", "in the box"),
    ("ordered", "sent me"), ("ordered", "you sent"), ("ordered", "got the wrong"),
    ("ordered", "received the wrong"), ("swap", "i got"), ("swap", "i received"),
    ("exchange", "i got"), ("exchange", "i received"), ("ordered", "in the bag"),
    ("ordered", "in the package"), ("ordered", "came in"), ("only", "should be"),
    ("i wrote", "it says"), ("ordered", "but receive"), ("ordered", "but got"),
    ("ordered", "and got"), ("ordered", "whats come"), ("ordered", "what came"),
    ("ordered", "still hasnt"), ("ordered", "still havent"), ("arrived", "theres no"),
    ("arrived", "there was no"), ("changed my mind", "send it back"),
    ("changed my mind", "return it"), ("refund", "no update"), ("sent back", "no update"),
    ("sent back", "still no"), ("you said", "still not"), ("you said", "still havent"),
    ("inorder", "dumating"), ("na ship", "wala pa rin"), ("refund", "wala pa rin"), ("delivered", "wala"),
    ("only", "came in the"), ("ordered", "why send"),
    ("ordered", "why you send"),
];

/// English words for money back; with one of [`REFUND_VERBS`] before them, a refund request.
#[rustfmt::skip]
const REFUND_WORDS: &[&str] = &[
    "refund", "refunds", "reimbursement", "reimbursements", "reimburse", "rebate", "rebates",
];

/// English verbs that ask for money back.
#[rustfmt::skip]
const REFUND_VERBS: &[&str] = &[
    "want", "need", "demand", "demanding", "request", "requesting", "get", "getting", "obtain",
    "obtaining", "receive", "receiving", "give",
];

/// English words that make a refund sentence a question about policy or progress.
#[rustfmt::skip]
const REFUND_POLICY_EN: &[&str] = &[
    "policy", "cases", "situations", "circumstances", "conditions", "eligible", "long", "status",
    "track", "tracking", "check", "waiting", "expect", "if", "when",
];

/// English words that make a problem or request hypothetical.
const HYPOTHETICAL_EN: &[&str] = &[
    "if", "what if", "in case", "will it", "would it", "could it",
];

/// Every English phrase of the tables (for spelling repair: see `super::respelt`).
pub(super) fn english_phrases() -> impl Iterator<Item = &'static &'static str> {
    REQUESTS_EN
        .iter()
        .chain(PROBLEMS_EN)
        .chain(PROBLEM_PAIRS_EN.iter().flat_map(|(a, b)| [a, b]))
        .chain(REFUND_WORDS)
        .chain(REFUND_VERBS)
        .chain(REFUND_POLICY_EN)
}

/// [`HYPOTHETICAL`], compiled.
static HYPOTHETICAL_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(HYPOTHETICAL.iter().copied()));
/// [`HYPOTHETICAL_EN`], compiled.
static HYPOTHETICAL_EN_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(HYPOTHETICAL_EN.iter().copied()));
/// Chinese demands and reports, in the order they are tried: [`DEMANDS`], [`PROBLEMS`],
/// [`NOT_RECEIVED`].
static REPORTED_ZH: LazyLock<Table> =
    LazyLock::new(|| Table::new(DEMANDS.iter().chain(PROBLEMS).chain(NOT_RECEIVED).copied()));
/// English requests and reports, in the order they are tried: [`REQUESTS_EN`], [`PROBLEMS_EN`].
static REPORTED_EN: LazyLock<Table> =
    LazyLock::new(|| Table::new(REQUESTS_EN.iter().chain(PROBLEMS_EN).copied()));

/// The phrase of an after-sale request or problem report in `normalized`, if any.
pub(super) fn read(normalized: &str) -> Option<String> {
    let hypothetical = HYPOTHETICAL_TABLE.first_in(normalized).is_some()
        || HYPOTHETICAL_EN_TABLE.first_words_in(normalized).is_some();
    if hypothetical {
        return None;
    }
    let chars: Vec<char> = normalized.chars().collect();
    for marker in REQUEST_MARKERS {
        for (at, _) in normalized.match_indices(marker) {
            let after = &normalized[at + marker.len()..];
            if ASKING.iter().any(|a| after.starts_with(a)) || progress_asked(marker, after) {
                continue;
            }
            let start = normalized[..at].chars().count() + marker.chars().count();
            let window: String = chars[start..(start + 6).min(chars.len())].iter().collect();
            // The thing exchanged may come first, as the sentence's topic (`收货地址想换成公司的`).
            let before = start - marker.chars().count();
            let topic: String = chars[before.saturating_sub(4)..before].iter().collect();
            if NOT_GOODS
                .iter()
                .any(|g| window.contains(g) || topic.contains(g))
            {
                continue;
            }
            if let Some(verb) = AFTER_SALE_VERBS.iter().find(|v| window.contains(*v)) {
                return Some(format!("{marker}…{verb}"));
            }
        }
    }
    let core = normalized.trim_matches(|c: char| GREETING_PARTICLES.contains(c));
    let parcels = without_parcel_count(normalized);
    let zh = REPORTED_ZH
        .first_in(&parcels)
        .or_else(|| NOT_RECEIVED_ALONE.iter().copied().find(|p| core == *p));
    let en = || REPORTED_EN.first_words_in(normalized);
    if let Some(p) = zh.or_else(en) {
        return Some(p.to_owned());
    }
    if let Some(p) = missing_part(normalized)
        .or_else(|| short_by_count(normalized))
        .or_else(|| fewer_than_ordered(normalized))
    {
        return Some(p);
    }
    if let Some((a, b)) = PROBLEM_PAIRS
        .iter()
        .find(|(a, b)| parcels.contains(a) && parcels.contains(b))
        .or_else(|| {
            PROBLEM_PAIRS_EN
                .iter()
                .find(|(a, b)| contains_words(normalized, a) && contains_words(normalized, b))
        })
    {
        return Some(format!("{a} … {b}"));
    }
    if let (Some(a), Some(b)) = (
        ORDERED.iter().find(|w| normalized.contains(*w)),
        RECEIVED.iter().find(|w| normalized.contains(*w)),
    ) {
        return Some(format!("{a} … {b}"));
    }
    refund_request_en(normalized)
}

/// The phrase of an invoice made out wrong (`发票抬头写错了`, `税号填错了怎么办`), if any: a
/// person reissues it, but it is no after-sale matter of the goods (see `super::read`).
pub(super) fn invoice_error(normalized: &str) -> Option<String> {
    let a = INVOICE_WORDS.iter().find(|w| normalized.contains(*w))?;
    let b = INVOICE_ERRORS.iter().find(|w| normalized.contains(*w))?;
    Some(format!("{a} … {b}"))
}

/// `normalized` with the words of an invoice error struck out: what is left may still report a
/// matter of the goods (`发票开错了 杯子也是碎的`).
pub(super) fn without_invoice_error(normalized: &str) -> String {
    INVOICE_ERRORS
        .iter()
        .fold(normalized.to_owned(), |text, w| text.replace(w, " "))
}

/// Ways of asking to cancel or of no longer wanting the order.
const CANCELLING: &[&str] = &["不想要了", "不要了", "不想要", "取消"];

/// For a message [`read`] found a request in: true when it is one only because it asks to
/// cancel (or no longer wants) the order: with those words struck out, no request or problem is
/// left.
pub(super) fn cancellation_only(normalized: &str) -> bool {
    if !normalized.contains("取消") {
        return false;
    }
    let rest = CANCELLING
        .iter()
        .fold(normalized.to_owned(), |text, w| text.replace(w, " "));
    read(&rest).is_none()
}

/// True when a request marker opens an application already made (`申请退款了`, `申请了退款`)
/// and the message asks how long it takes, without saying it is late.
fn progress_asked(marker: &str, after: &str) -> bool {
    let made = after.chars().take(6).collect::<String>().contains('了');
    marker == "申请"
        && made
        && HOW_LONG.iter().any(|w| after.contains(w))
        && !OVERDUE.iter().any(|w| after.contains(w))
}

/// What came, and something not in it (`礼盒里没有炖盅`, `袋子里没有答案`): a report, unless
/// asked (`盒子里有没有说明书`).
#[rustfmt::skip]
const NOT_INSIDE: &[&str] = &[
    "盒里没有", "盒子里没有", "箱里没有", "箱子里没有", "袋里没有", "袋子里没有", "包裹里没有",
    "盒子里没看到", "箱子里没看到", "包裹里没看到",
];

/// A part of the order reported missing (`赠品没收到`, `只有a剂 没有b剂`); a question about
/// what comes with the order (`有没有赠品`, `送不送说明书吗`) is not a report.
fn missing_part(normalized: &str) -> Option<String> {
    let asked = normalized.ends_with(['吗', '么', '嘛'])
        || ["有没有", "送不送", "给不给", "带不带"]
            .iter()
            .any(|q| normalized.contains(q));
    if asked {
        return None;
    }
    let miss = MISSING.iter().find(|m| normalized.contains(*m))?;
    if let Some(part) = PARTS.iter().find(|p| normalized.contains(*p)) {
        return Some(format!("{part} … {miss}"));
    }
    if let Some(empty) = NOT_INSIDE.iter().find(|p| normalized.contains(*p)) {
        return Some((*empty).to_owned());
    }
    let only = normalized.find("只有")?;
    normalized[only..]
        .contains("没有")
        .then(|| "只有 … 没有".to_owned())
}

/// `normalized` with a count of parcels struck out (`只收到一个包裹`, `只到了一个快递`): an order
/// sent in several parcels, whose first has come, asks where the rest is; it reports nothing
/// missing from what came.
fn without_parcel_count(normalized: &str) -> std::borrow::Cow<'_, str> {
    if !normalized.contains('只') {
        return normalized.into();
    }
    let mut text = normalized.to_owned();
    for came in ["只收到", "只到了", "只来了"] {
        while let Some(at) = text.find(came) {
            let rest = &text[at + came.len()..];
            let counted = rest
                .trim_start_matches('了')
                .trim_start_matches(|c: char| NUMERALS.contains(c) || c == '个' || c == '件');
            if !["包裹", "快递", "单"]
                .iter()
                .any(|p| counted.starts_with(p))
            {
                break;
            }
            text.replace_range(at..at + came.len(), " ");
        }
    }
    text.into()
}

/// Counting words a buyer reports a shortfall with (`少一罐`, `少两个`, `少3包`).
const MEASURES: &str = "个件盒袋瓶包只双支本张根颗棵罐条套片箱斤听份";
/// Numerals a shortfall may count with.
const NUMERALS: &str = "一两二三四五六七八九十0123456789";

/// `少一罐松子`, `少了两个`: fewer came than were ordered, counted. A wish for less (`能少一个吗`,
/// `可以少一盒吗`) asks, and money (`少一块`, `少10元`) is no count of goods.
fn short_by_count(normalized: &str) -> Option<String> {
    let chars: Vec<char> = normalized.chars().collect();
    (0..chars.len()).find_map(|i| {
        let mut j = i + 1;
        if chars[i] != '少' || (i > 0 && "能可再多".contains(chars[i - 1])) {
            return None;
        }
        if chars.get(j) == Some(&'了') {
            j += 1;
        }
        let start = j;
        while chars.get(j).is_some_and(|c| NUMERALS.contains(*c)) {
            j += 1;
        }
        let measure = *chars.get(j)?;
        (j > start && MEASURES.contains(measure)).then(|| chars[i..=j].iter().collect::<String>())
    })
}

/// Words before a count of what came: `只有一盒`, `就两条`, `才三个`.
const ONLY: &[&str] = &[
    "只有",
    "只来了",
    "只收到",
    "只到了",
    "就",
    "才",
    "就到了",
    "就来了",
    "就收到",
    "才到了",
    "才来了",
    "才收到",
];

/// `订了两盒 箱子里只有一盒`, `3条装的 袋子里只有两条`: a count of what came, after [`ONLY`], below an
/// earlier count of the same measure.
fn fewer_than_ordered(normalized: &str) -> Option<String> {
    let chars: Vec<char> = normalized.chars().collect();
    let mut counts: Vec<(usize, u32, char)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while chars.get(i).is_some_and(|c| NUMERALS.contains(*c)) {
            i += 1;
        }
        match (numeral_value(&chars[start..i]), chars.get(i)) {
            (Some(n), Some(&m)) if MEASURES.contains(m) => counts.push((start, n, m)),
            _ => {}
        }
        i = i.max(start + 1);
    }
    counts.iter().enumerate().find_map(|(k, &(at, n, m))| {
        let before: String = chars[at.saturating_sub(3)..at].iter().collect();
        let only = ONLY.iter().any(|o| before.ends_with(o));
        let more_before = counts[..k].iter().any(|&(_, e, em)| em == m && e > n);
        (only && more_before).then(|| format!("{before}{n}{m}"))
    })
}

/// The value of a short numeral (`3`, `12`, `两`, `十`); none for anything longer or mixed.
fn numeral_value(digits: &[char]) -> Option<u32> {
    if digits.iter().all(char::is_ascii_digit) {
        return digits.iter().collect::<String>().parse().ok();
    }
    match digits {
        ['两'] => Some(2),
        [c] => "一二三四五六七八九十"
            .chars()
            .position(|d| d == *c)
            .map(|p| p as u32 + 1),
        _ => None,
    }
}

/// `need to demand a refund`, `help getting a reimbursement`: a refund word with a request verb
/// in the four words before it, in a sentence that is not about policy or progress.
fn refund_request_en(normalized: &str) -> Option<String> {
    let words: Vec<&str> = normalized.split(' ').collect();
    if words.iter().any(|w| REFUND_POLICY_EN.contains(w)) {
        return None;
    }
    let at = words.iter().position(|w| REFUND_WORDS.contains(w))?;
    if let Some(verb) = words[at.saturating_sub(4)..at]
        .iter()
        .find(|w| REFUND_VERBS.contains(w))
    {
        return Some(format!("{verb} … {}", words[at]));
    }
    // `refund 350 dollars`: money back and a sum, nothing asked.
    let sum = words
        .windows(2)
        .any(|pair| pair[0].bytes().all(|b| b.is_ascii_digit()) && CURRENCIES.contains(&pair[1]));
    let asked = words.iter().any(|w| QUESTION_WORDS_EN.contains(w));
    (sum && !asked).then(|| format!("{} … sum", words[at]))
}

/// Currencies written after a sum (`350 dollars`).
const CURRENCIES: &[&str] = &[
    "dollars", "dollar", "usd", "bucks", "euros", "euro", "eur", "pounds", "gbp", "aud", "cad",
];

/// English words that make a sentence a question.
const QUESTION_WORDS_EN: &[&str] = &[
    "what", "how", "when", "where", "why", "which", "can", "could", "is", "are", "do", "does",
    "will", "would",
];
