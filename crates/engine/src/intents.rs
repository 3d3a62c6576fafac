//! Special intents: what a message asks for besides an FAQ answer.
//!
//! Read from the normalised text:
//! - **greeting**: only greetings, thanks, acknowledgements, goodbyes and ways of addressing the
//!   shop (`在吗`, `你好 老板`, `好的谢谢`, `对的`, `没有了谢谢`, `thanks!`), with nothing left that
//!   could be a question, or only emoji (`👍`, read from the raw text by [`emoji_only`]);
//! - **bare reply**: a yes or no alone (`没有`, `不是`, `有吗`, `no`), which answers something
//!   said before;
//! - **gives a phone number**: a mobile number in the message (`我的电话变为139…`, the number
//!   alone) is the buyer's data for a person to act on (change the order, call back); an FAQ
//!   answer such as "send us the new number" would only ask for it again;
//! - **asks for a person**: `转人工`, `人工`, `真人`, `你是机器人`, `human`, `agent`, `real
//!   person`, or an English verb of getting in touch with a person (`contact customer service`);
//! - **after-sale request** about the buyer's own order: a request (`我要`, `给我`, `申请`, `I want`)
//!   for a refund, return, exchange or cancellation (`我要退货`, `给我退款`, `想换个色`,
//!   `I want a refund`), or a report of a problem with what arrived or with a refund under way
//!   (`收到是坏的`, `少发了`, `发错了`, `漏液`, `过敏了`, `退款还没到账`, `arrived damaged`).
//!   A policy question is not one: `能退吗`, `退货要运费吗`, `can I return` name no request and no
//!   problem, and `如果`, `万一`, `会不会`, `if` make a problem hypothetical;
//! - **a pick** among the questions a clarifying reply offered (`1`, `第二个`, `the first one`).
//!
//! These are phrase tables, not a classifier: a phrasing they miss falls through to the FAQ
//! matcher (and escalates as unknown when nothing matches), which is the safe direction. To extend
//! them, add phrases to the tables; keep a policy phrasing out of the request tables.

mod after_sale;

use std::sync::{LazyLock, OnceLock};

use crate::phrase_table::Table;

use crate::given::{self, Given};
use crate::normalize::is_han;
use crate::spelling::Spelling;

/// What the intent tables found in a message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Intents {
    /// Greetings, thanks or acknowledgements only, no question.
    pub greeting_only: bool,
    /// The phrase asking for a person, if any.
    pub asks_human: Option<String>,
    /// The phrase of an after-sale request or problem report, if any.
    pub after_sale: Option<String>,
    /// The phrase of an invoice made out wrong (`发票抬头写错了 能重开吗`), if any: a person
    /// reissues it, but it is no after-sale matter of the goods.
    pub invoice_error: Option<String>,
    /// True when that request is only to cancel the order (`不想要了 取消了呗`, `想取消重新拍`):
    /// with nothing else asked for or reported, a shop whose FAQ explains cancelling answers it.
    pub cancellation_only: bool,
    /// True when that report is only of goods not (yet) come (`怎么只收到帐篷 椅子呢`, `only got
    /// the socks so far`): with those words struck out, nothing else is asked for or reported.
    /// An order shipped in parts explains it (see `decide`).
    pub missing_only: bool,
    /// A bare yes or no (`没有`, `不是`, `有的`): the answer to a question asked before, which
    /// only the conversation can make sense of.
    pub bare_reply: bool,
    /// Data the buyer gave for a person to act on (a phone number, an address, an order number
    /// on its own), not a question.
    pub gives: Option<Given>,
}

/// Replies that answer a question rather than ask one, when they are the whole message.
#[rustfmt::skip]
const BARE_REPLIES: &[&str] = &[
    "没有", "没", "还没", "还没有", "不是", "不对", "不要", "不行", "不", "有", "有的", "是",
    "no", "nope", "not yet", "yes", "yep",
];

/// Greetings, thanks, acknowledgements and ways to address the shop. A message made only of these
/// (and particles) is a greeting; they are struck out longest first ([`GREETING_ORDER`]), so
/// their order here is only for reading.
#[rustfmt::skip]
const GREETING_PHRASES: &[&str] = &[
    // Understood, and thanked for (`我知道了`, `谢谢耐心解答`), or going to order (`那我先下单了`).
    "我知道了", "我明白了", "我懂了", "知道啦", "谢谢耐心解答", "感谢耐心解答", "耐心解答",
    "下次还找你们", "下次再来拿货", "下次还来", "下次再来", "还会再来", "会回购", "回购",
    "下回再来", "下回还来", "下次见", "下回见",
    "那我先下单了", "我先下单了", "先下单了", "我去下单了", "去下单了", "已经拍下了", "拍下了",
    "那我先去拍了", "我先去拍了", "先去拍了", "我去拍了", "去拍了",
    // The shop addressed with a greeting (`老板好`; `好了吗` asks).
    "老板好", "师傅好", "掌柜好", "客服好", "店家好", "亲好", "美女好", "小姐姐好", "大家好",
    "有人在吗", "有人在不", "有人在没", "有人吗", "有人么", "有人没", "有人不", "有没有人", "在不在", "在吗", "在么", "在嘛", "在的吧", "在吧", "你们好",
    "你好", "您好",
    "哈喽", "哈啰", "嗨", "早上好", "早晨好", "早晨", "上午好", "中午好", "下午好", "晚上好", "早安", "晚安", "早啊", "早",
    "感谢解答", "谢谢解答", "谢谢你们", "谢谢你", "谢谢您", "谢谢", "谢啦", "谢了", "多谢", "感谢", "你们辛苦了", "大家辛苦了", "辛苦你们了", "辛苦您了", "辛苦了",
    "辛苦",
    "好的", "好滴", "好嘞", "好哒", "好吧", "好呀", "嗯呐", "嗯嗯", "嗯", "哦哦", "知道了", "明白了",
    "明白晒", "收到晒", "明白", "懂了", "懂啦", "我先考虑下", "我先考虑一下",
    "先考虑下", "先考虑一下", "我再考虑下", "我再考虑一下", "我再想想", "我再看看",
    "爱你们", "爱你", "宝子们", "宝宝们", "了解了", "了解", "收到", "在不", "麻烦你们了", "麻烦你了", "麻烦您了", "麻烦了", "麻烦啦", "没事了", "暂时没有了", "暂时没有", "暂时没了", "暂时不用了",
    "暂时不用", "暂时不需要了", "暂时不需要", "目前没有了", "不需要了", "没有了", "没有啦", "没了", "没啦", "不用了", "不用啦",
    "没问题", "对的", "对", "是的", "没错", "稍等", "等等", "等一下", "拜拜", "再见", "么么哒",
    // A satisfied buyer's word of praise, with nothing asked (see also [`PRAISE`]).
    "爱了", "五星好评", "已好评", "好评", "点赞",
    "亲亲", "亲", "老板",
    "客服", "掌柜", "店家", "美女", "小姐姐", "小哥哥", "帅哥", "宝宝", "宝", "在", "哈哈", "ok了解", "ok了", "ok啦", "ok can", "ok",
    // Other ways of addressing the seller (`老妹儿`, a livestream's `主播`, `姐妹们`).
    "老妹儿", "老妹", "老铁", "妹子", "姐妹们", "姐妹", "亲爱的", "宝子", "主播", "家人们", "师傅",
    "okay", "hi", "hello", "hey", "hiya", "good morning", "good afternoon", "good evening",
    "thanks a lot", "thank you so much", "thank you", "thanks", "thx", "ty", "cheers", "great",
    "cool", "bye for now", "bye", "goodbye", "got it", "anyone there", "is anyone there", "are you there",
    "much appreciated", "appreciate it", "you", "so much", "a lot", "there", "88", "3q",
    "perfect", "brilliant", "lovely", "awesome", "amazing", "sounds good", "all good", "no worries",
    "will do", "noted", "alright", "ok then", "ta", "x", "xx", "xxx", "tysm", "thank u",
    // Typed pinyin of the same (`zai ma`: single syllables, which `typed_pinyin` leaves alone).
    "zai ma", "zaima", "zai", "ni hao", "nihao", "xie xie", "xiexie", "appreciate you", "appreciate",
    "you guys", "guys", "tq", "tqvm", "tks", "boss", "bro", "mua",
    // Indian English (`thank you so much bhaiya`, `okk noted`, `good morning maam`, `namaste`).
    "okk", "bhaiya", "didi", "maam", "madam", "sir", "namaste", "for the info",
    "for the information",
    // Taglish (`salamat po ate`, `sige po gets ko na`, `hello po, gandang hapon`).
    "maraming salamat", "salamat", "po", "opo", "ate", "kuya", "sige", "gets ko na", "gets",
    "noted", "helo", "magandang umaga", "magandang hapon", "magandang gabi", "gandang umaga",
    "gandang hapon", "gandang gabi", "sa fast reply", "fast reply",
    // Australian and British (`g'day`, `thanks heaps`, `ta, legend`).
    // Singapore English (`thanks ah`, `can can`, `ok noted, will order later`).
    "can can", "will order later", "order later", "ah", "lah", "leh", "lor", "hor",
    "youre the best", "you re the best", "are the best", "the best", "g day", "gday", "morning", "afternoon", "evening", "heaps", "legend", "mate", "cheers mate",
    // The buyer saying the order is placed (`好的 已经下单了`).
    "已经下单了", "已经下单", "已下单", "刚下单了", "刚下单", "下单了", "已经拍了", "刚拍了", "拍好了",
    // Small talk and sign-offs (`yo whats up`, `hi i hope youre well`, `thats all i needed
    // thanks for your help`).
    "sweet as", "sweet", "yo", "whats up", "sup", "i hope youre both keeping well", "i hope youre keeping well",
    "i hope youre well", "i hope you are well", "hope youre both keeping well",
    "hope youre keeping well", "hope youre well", "hope you are well", "hope all is well",
    "thats all i needed to know",
    // Wishes for a festival, and thanks for the work (`中秋快乐 你们辛苦了`).
    "节日快乐", "中秋快乐", "新年快乐", "春节快乐", "元旦快乐", "国庆快乐", "端午快乐", "圣诞快乐",
    "merry christmas", "happy new year",
    "happy holidays",
    // Japanese, in a shop buying in Japan (`こんにちは`, `ありがとうございます`).
    "こんにちは", "こんばんは", "おはよう", "ありがとうございます", "ありがとう",
    "thats all i needed", "thats all", "for being so helpful", "for the help", "for your help",
    "for helping", "so helpful", "very helpful", "really helpful",
    // A fix that worked, quick help (`thank you so much, that worked!!`).
    "that worked", "it worked", "for the quick help", "the quick help", "quick help",
    "for the quick reply", "quick reply", "thats sorted it", "thats sorted", "sorted it",
    "have a nice day", "have a good day", "have a great day", "have a lovely day",
    "have a good one", "have a great one", "have a nice one",
    "nice one",
    "right", "very much", "speak soon", "thats all for now", "all for now", "dear", "brill",
    // American slang (`wassup`, `ok bet`, `gm`, `thanks fam`, `have a good weekend yall`).
    "wassup", "bet", "gm", "fam", "yall", "k",
    // French, in Canada and elsewhere (`merci beaucoup`, `bonjour`, `allo`).
    "merci beaucoup", "merci", "bonjour", "bonsoir", "allo", "salut", "bonne journée", "bonne journee",
    "bonne soirée", "bonne soiree", "bonne fin de semaine", "bonne semaine", "à bientôt", "a bientot",
    // Canadian `eh`, Australian `arvo` (`thanks so much eh`, `have a good arvo`).
    "eh", "arvo", "have a good arvo", "have a great arvo", "good arvo",
    // Thanks by a homophone (`蟹蟹`), a Sichuan aunt and a flat's steward greeted (`嬢嬢好`,
    // `谢谢管家`), a Minnan hello (`哩厚`), love and praise (`照片超美 爱你们`), a repair or a day
    // out praised (`修得很好`, `玩得很开心`), a doctor thanked, and New Year wishes given early
    // (`给你们拜个早年`).
    "蟹蟹", "嬢嬢好", "嬢嬢", "管家", "哩厚", "爱你们", "太感谢了", "太感谢", "修得很好", "修得挺好",
    "玩得很开心", "玩得开心", "玩得挺开心", "谢谢医生", "医生", "知道了", "给你们拜个早年", "拜个早年",
    "拜早年", "给你们拜年", "拜年啦", "拜年了",
    // Irish and British thanks and sign-offs (`thanks a million, that's great`, `Kind regards,
    // Kathleen`), Malaysian `received already, all ok. tq ya`, texted and Indian thanks (`ok got
    // it tnx`, `Namaskara`, `thank u aunty`).
    "thanks a million", "thats great", "thats grand", "thats brilliant", "thats perfect",
    "thats lovely", "great stuff", "kind regards", "best regards", "warm regards", "regards",
    "many thanks", "best wishes", "received already", "all ok", "ya", "tnx", "hmm ok", "hmm",
    "namaskara", "aunty", "uncle", "sakkath", "thats all sorted then", "thats all sorted",
    "sorted then",
    // Till next time (`拜拜 下次再来找你们`, `谢谢哈 下次还来你家`, `bye. till next time`), and a
    // blessing (`God bless una`, Nigerian `o` closing a greeting: `evening o`).
    "下次再来找你们", "下次还来找你们", "下次还来你家", "下次再来你家", "下次还找你们", "下次再来",
    "下次还来", "下次见", "还会再来的", "还会再来", "会再来的", "下次再买", "还会回购的", "还会回购",
    "会回购的", "till next time", "until next time", "see you next time", "god bless you",
    "god bless", "well done", "o",
    // Spanish and Portuguese (`hola buenas tardes`, `muchas gracias por la ayuda`, `oi, tudo bem`).
    "hola", "holi", "buenas tardes", "buenos dias", "buenos días", "buenas noches", "buenas",
    "muchas gracias", "mil gracias", "gracias", "por la ayuda", "por tu ayuda", "por su ayuda",
    "adiós", "adios", "chao", "chau", "hasta luego", "saludos", "oi", "olá", "ola", "tudo bem",
    "tudo bom", "obrigado", "obrigada", "muito obrigado", "muito obrigada", "bom dia", "boa tarde",
    "boa noite", "tchau", "valeu", "vale",
    // Students address the seller as a senior student (`学姐好`, `谢谢学长`).
    "学姐好", "学长好", "学姐", "学长",
    // Short praise beside thanks (`收到了 挺好 谢谢啊`, `收到啦 香香的`, `收到了 巴适 谢了`), an
    // answer praised (`说得很清楚`).
    "挺好的", "挺好", "很好", "蛮好", "不错", "巴适", "香香的",
    "说得很清楚", "说得很明白", "讲得很清楚", "讲得很明白", "解释得很清楚",
    "y all", "terimakasih", "makasih banyak",
    // Later today or tomorrow (`晚安 明天再聊`, `谢谢啦 晚上见`), help that helped, a good night.
    "明天再聊", "回头再聊", "再聊", "晚上见", "待会见", "回头见", "have a good night",
    "have a great night", "that helps a lot", "that helps", "helps a lot",
    // South African (`howzit`, `sharp sharp`, `ok shot`, Afrikaans `baie dankie`, `lekker`).
    "howzit", "sharp sharp", "shot", "baie dankie", "dankie", "lekker",
    // Drawn out (`hellooo`, `hiii`, folded to two letters), Irish (`grand so`, `thanks a mill`,
    // `cheers lads`, `go raibh maith agat`), Indian (`quick revert`, `bye tc`), `下次再问`.
    "helloo", "hii", "heyy", "grand so", "grand", "thanks a mill", "a mill", "lads", "yere stars", "ye re stars",
    "youre a star", "youre stars", "stars", "go raibh maith agat", "for the quick revert",
    "quick revert", "tc", "take care", "bye now", "下次再问",
    // A call (`喂`), a sister addressed (`谢谢姐`), Cantonese toil (`辛苦晒`), an answer or a
    // helper praised (`appreciate the quick answer`, `ur a lifesaver fr`), Malay `dah sampai`.
    "喂", "谢谢姐妹", "谢谢哥哥", "谢谢姐", "谢谢哥", "谢谢姐姐", "辛苦晒", "修得好好看", "man", "the quick answer", "quick answer", "ur a lifesaver",
    "youre a lifesaver", "lifesaver", "fr", "dah sampai semua", "dah sampai",
    // Javanese and Indonesian (`matur nuwun mbak`, `halo min`, `sip ditunggu ya`).
    "matur nuwun", "wassalamualaikum", "mbak", "mas", "halo", "min", "sip", "ditunggu",
    // Taiwanese (`安安`, Hokkien `哩賀`, `謝謝小編`, `好喔`) and Cantonese (`唔該晒`, `多謝你`).
    "安安", "哩贺", "小编", "好喔", "唔该晒", "唔该", "多谢你",
    // Leaving for now (`拜拜 回头再来`, `嗯嗯 那先这样`, `掰掰 明天见`).
    "回头再来", "明天见", "掰掰", "下次再来买", "下回再来耍", "那先这样", "先这样", "那我再看看",
    "老师好", "老师", "行", "thats really helpful", "thats very helpful",
    "thats helpful",
    "have a good weekend", "have a great weekend", "have a lovely weekend", "enjoy your weekend",
    // New Zealand (`chur`, `kia ora`, `sweet as`, `all sorted now`), and mates (`谢了兄弟`).
    "chur", "kia ora", "gidday", "all sorted now", "that answers it", "answers it", "youve been",
    // Malay (`assalamualaikum sis`, `terima kasih banyak2, dah faham`, `baik sis, nanti sy order`).
    "assalamualaikum", "waalaikumsalam", "salam", "terima kasih banyak", "terima kasih",
    "banyak2", "banyak banyak", "banyak", "dah faham", "faham", "selamat pagi", "selamat petang",
    "selamat malam", "nanti sy order", "nanti saya order", "baik", "kak", "sis", "all sorted", "sorted now", "兄弟们", "兄弟", "ya", "sorted",
    "老哥", "大哥",
    // Sichuan (`好的嘛 晓得了`, `要得`), Indonesian (`pagi kak`, `makasih`, `siap`, `oke`).
    "晓得", "要得", "闺女", "姑娘", "pagi", "siang", "sore", "selamat siang", "selamat sore",
    "makasih", "trimakasih", "siap", "oke", "sip", "mantap",
    // Southern US and Scots (`howdy`, `much obliged yall`, `thank you kindly`, `10-4 thanks
    // bubba`, `awright`, `magic, cheers, see yous thursday`); a lesson learnt, thanked for
    // (`谢谢老师 学会了`), Cantonese praise of the food (`好好食`).
    "howdy", "much obliged", "obliged", "thank you kindly", "thanks kindly", "10 4", "bubba",
    "awright", "aye", "magic", "you all", "see you soon", "see you then", "see you", "学会了", "好好食",
    // Swahili and Sheng (`niaje boss`, `mambo vipi`, `sawa, asante`, `ubarikiwe`), Japanese as
    // tourists write it (`arigato gozaimasu`, `sumimasen`), going and getting (`see ya tomorrow`,
    // `got everything, thanks guys`), the shop's owner and a patient helper thanked (`早安老板娘`,
    // `谢谢小姑娘 你真耐心`).
    "niaje", "poa", "mambo vipi", "mambo", "vipi", "sawa", "asante sana", "asante", "ubarikiwe",
    "mbarikiwe", "sasa", "mama", "have a blessed day", "blessed day", "be blessed",
    "konnichiwa", "arigato gozaimasu", "arigatou gozaimasu", "arigato", "arigatou", "sumimasen",
    "ohayo", "see ya tomorrow", "see you tomorrow", "see ya", "got everything", "老板娘",
    "小姑娘", "你真耐心", "真耐心", "很耐心",
    // Australian (`righto thanks`), Shanghainese (`侬好呀`, `谢谢侬 老好额`, `好额 晓得了`, `下趟再联系`),
    // Minnan (`汝好`, `感恩感恩`, `好食`), a sale paid out (`钱到了 很顺利`), Gulf Arabic and Arabizi
    // (`salam alaikum`, `ok khalas thanks`, `ma3 salama`, `shukran ya akhi`, `received everything
    // mashallah`).
    "righto", "侬好", "谢谢侬", "老好额", "好额", "下趟再联系", "下次再联系", "再联系", "汝好", "感恩感恩",
    "感恩", "好食", "钱到了", "很顺利", "salam alaikum", "salaam alaikum", "khalas", "ma3 salama",
    "ma salama", "maa salama", "shukran", "ya akhi", "akhi", "habibi", "mashallah", "inshallah",
    "received everything",
    // Sichuan `妹儿`, Cajun (`appreciate ya sha`), thanks by the bunch, Xinjiang `亚克西`, Welsh
    // (`shwmae`, `bore da`, `diolch yn fawr iawn`, `lush, ta`, `ta ra now`), a reply thanked
    // (`thank you for getting back to me`), Hunan (`要得 晓得哒`, `嗯咯`, `在冇`, `韵味`, `谢谢咯`),
    // Singapore (`noted with thanks`, `thanks ah, v helpful`).
    "妹儿", "sha", "cher", "thanks a bunch", "a bunch", "亚克西", "shwmae", "bore da",
    "diolch yn fawr iawn", "diolch yn fawr", "diolch", "lush", "ta ra now", "ta ra", "tara",
    "for getting back to me", "getting back to me", "晓得哒", "嗯咯", "在冇", "韵味", "谢谢咯",
    "noted with thanks", "with thanks", "v helpful",
    // Henan and Shandong `中` (all right: `中 明白了`), last, after the phrases that hold it.
    "中",
];

/// Praise that may follow who is pleased (`主子很喜欢`, `孩子都说好吃`): the whole phrase is
/// a greeting. Only forms with a word of degree, since `好吃吗` asks.
#[rustfmt::skip]
const PRAISE: &[&str] = &[
    "很喜欢", "好喜欢", "超喜欢", "太喜欢", "特别喜欢", "非常喜欢", "很满意", "非常满意", "特别满意",
    "很好用", "挺好用", "超好用", "非常好用", "很好吃", "挺好吃", "超好吃", "非常好吃", "很不错",
    "很好喝", "挺好喝", "超好喝", "好好喝", "非常好喝", "巴适得板", "超美", "好美", "很美", "太美了",
    "挺不错",
    // The service or the parcel praised (`服务挺好`, `包装好可爱`).
    "服务挺好", "服务很好", "服务真好", "服务好好", "态度很好", "态度挺好", "包装好可爱", "包装很好",
    "包装很用心",
    // A ride praised (`车挺好骑的`).
    "挺好骑", "很好骑", "超好骑",
    // Fresh goods praised (`收到了 很新鲜`).
    "很新鲜", "挺新鲜", "好新鲜", "超新鲜", "非常新鲜", "特别新鲜",
    // Goods praised when they came (`收到了 茶很香`, `鱼都很精神`, `好漂亮`).
    "挺好使", "很好使", "真好使", "超好使", "很香", "好香", "超香", "挺香", "很精神", "挺精神", "很漂亮", "好漂亮", "超漂亮", "很好看",
    "好好看", "挺好看", "超好看", "很舒服", "挺舒服", "很可爱", "好可爱", "超可爱",
];

/// Saying the goods have come (`到了到了`, `收到货了`): with thanks or praise beside it and
/// nothing asked, a greeting; alone it may ask (`到了吗`).
#[rustfmt::skip]
const ARRIVED: &[&str] = &[
    "收到货了", "收到货", "收到了", "货收到了", "货到了", "东西收到了", "东西到了", "到货了", "已收到",
    "已签收", "签收了", "到了",
    // English (`got it today, thank you kindly`, `arrived safe, cheers`).
    "got it today", "got them today", "arrived today", "came today", "arrived safely",
    "arrived safe", "it arrived", "they arrived", "all arrived", "received it", "received them",
];
/// Thanks, which with [`ARRIVED`] make the arrival a greeting.
#[rustfmt::skip]
const THANKS: &[&str] = &[
    "谢谢", "感谢", "多谢", "辛苦", "thank", "thanks", "cheers",
];

/// Who may be pleased before [`PRAISE`], with `也` or `都` after it or not.
#[rustfmt::skip]
const PLEASED: &[&str] = &[
    "主子", "猫咪", "猫猫", "狗狗", "狗子", "孩子", "小孩", "宝贝", "女儿", "儿子", "闺女", "老婆",
    "老公", "家人", "朋友", "女朋友", "男朋友", "我妈", "我爸", "妈妈", "爸爸", "我们", "我", "猫",
    "狗",
];

/// Characters that may surround a greeting without making it a question.
const GREETING_PARTICLES: &str = "啊呀哈哦啦呗么吗嘛呢噢哟喔啰了的~ ";

/// Phrases asking for a person.
#[rustfmt::skip]
const HUMAN_ZH: &[&str] = &[
    "转人工", "真人", "找客服", "叫客服", "要客服", "换客服", "活人", "找老板",
    "叫老板", "老板出来", "找个人来", "找个人问", "找个人聊", "找个人说", "找个人回", "换个人",
    // The shop's senior staff asked for by role (`能让你们店长跟我说吗`); `店长推荐` is no
    // request, so each comes with a verb of calling or of coming out.
    "找店长", "叫店长", "让店长", "店长出来", "找你们店长", "叫你们店长", "让你们店长", "让老板",
    "让你们老板", "找你们老板", "叫你们老板", "找主管", "叫主管", "主管出来", "找经理", "叫经理",
    "经理出来", "找领导", "叫领导", "领导出来", "找你们领导", "叫你们领导",
    "叫一下店长", "叫下店长", "找一下店长", "叫一下你们店长", "叫一下老板", "叫下老板", "找一下老板",
    "叫一下你们老板",
    // Speaking with them (`我要和你们老板说`).
    "和老板说", "跟老板说", "和你们老板说", "跟你们老板说", "和老板谈", "跟老板谈", "和店长说",
    "跟店长说", "和你们店长说", "跟你们店长说", "和老板聊", "跟老板聊", "跟老板本人", "和老板本人",
    // Not the automatic reply (`不要自动回复 找个客服`).
    "不要自动回复", "别自动回复", "找个客服", "来个人回", "来个真人", "自动回复看不懂",
    // A person, not the assistant (`想直接跟人聊`, `我要跟人说`).
    "跟人聊", "和人聊", "跟人说", "和人说", "跟人讲", "和人讲", "跟人谈", "和人谈",
    // The seller in person, a livestream's host, a person taking over (`卖家本人回复一下`,
    // `叫你们主播来`, `能不能让人工接一下`).
    "卖家本人", "店主本人", "本人回复", "叫你们主播", "叫主播", "让人工", "人工接",
    "店里的人", "找店里老板",
    // Finding them (`能找下你们老板吗`, `帮我找下店长`), or a call asked for (`打个电话给我`; not
    // `师傅什么时候会打电话给我`, which asks when one comes).
    "找下老板", "找下你们老板", "找一下老板", "找一下你们老板", "找下店长", "找一下店长",
    "打个电话给我", "同他倾", "同他讲", "同你们职员", "跟你们职员",
    "给我打个电话", "给我回个电话", "回个电话给我", "直接打给我",
    "直接打电话", "给我打电话", "电话联系我", "有电话没", "给个电话", "留个电话",
    // Typing is not enough (`打字说不清楚`, `打字太慢`): the buyer wants to talk.
    "打字说不清", "打字讲不清", "打字太慢", "打字太麻烦", "打字打不来", "打电话跟我说",
    "通电话", "通个电话", "跟她本人", "跟他本人", "和她本人", "和他本人",
    // Someone the buyer dealt with before (`还是找她吧`, `上回是他帮我挑的`).
    "找她", "找他", "是她帮我", "是他帮我", "是她给我", "是他给我", "是她跟我", "是他跟我",
    // The one replying as a robot, not a robot the buyer owns (`我的扫地机器人`, `机器人底部`).
    "是机器人", "机器人吗", "机器人客服", "机器人回", "不要机器人", "别用机器人", "机器人听不懂",
    "机器人说不明白", "机器人说不清", "直接跟我聊", "直接跟我谈", "直接和我聊", "本人来跟我",
    "师傅来跟我",
    // Someone in charge called out (`叫你们掌柜出来`).
    "老板出来", "掌柜出来", "店长出来", "负责人出来", "不跟机器人", "不和机器人",
    "跟老板讲", "和老板讲", "来跟我讲", "来跟我说", "来和我说", "来和我讲",
    // Someone assigned to the case (Taiwanese `想找專人問一下`).
    "找专人", "专人问", "专人处理", "专人回复", "专人联系", "找你们负责人", "找负责人",
    "有事跟她说", "有事跟他说", "有事找她", "有事找他",
    // Staff asked for (`我想直接同职员讲`, Cantonese `同` for `跟`).
    "跟职员说", "跟职员讲", "和职员说", "同职员讲", "跟店员说", "跟店员讲", "同店员讲",
    // Cantonese, once normalised (`有没有人可以打电话给我 想直接倾`, `转职员 我不想同bot倾`).
    "人可以打电话给我", "人能打电话给我", "直接倾", "叫个懂行的", "找个懂行的", "叫个人来",
    "本人说话", "本人聊", "转职员", "不想同bot", "不想跟bot", "不想和bot", "同bot倾",
    // Someone taking the chat over (`能让客服小姐姐接一下吗`), spoken to directly or in person
    // (`我要找蒋老师 直接跟她说`, `有事跟他当面说`), asked to add the buyer or call
    // (`让刘师傅加我一下微信`, `可以叫她 call 我吗`). Not the service's number (`有客服电话吗`
    // asks what the FAQ may say), nor `加我微信` (`有人加我微信说是你们客服` asks who it was).
    "客服小姐姐接", "客服接一下", "人接一下", "直接跟她说", "直接跟他说", "直接问她", "直接问他",
    "当面说", "当面讲", "当面聊", "当面港", "加我一下微信", "call我", "call 我", "本人讲", "给我个电话",
    "直接打过来",
];

/// English phrases asking for a person (whole words).
#[rustfmt::skip]
const HUMAN_EN: &[&str] = &[
    "human", "agent", "real person", "live person", "representative", "operator",
    "speak to someone", "talk to someone", "speak with someone", "talk with someone",
    "speak to a person", "talk to a person", "speak with a person", "talk to a real", "not a bot",
    "not a robot", "pass me to", "put me through", "transfer me", "give me a ring",
    "give me a call", "ring me", "call me back", "escalate this", "escalate it", "to a manager",
    "to a supervisor", "your manager", "your supervisor", "chat to her", "chat to him",
    "talk to her", "talk to him", "speak to her", "speak to him", "can i speak to",
    "could i speak to", "may i speak to", "id like to speak to", "i want to speak to",
    "can i speak with", "could i speak with", "can i talk to", "could i talk to",
    "message me back", "get back to me", "number i can ring", "number i can call", "can i ring",
    // No machine (`dont want auto reply`, `reply me personally`; Malay `bukan bot`).
    "dont want auto reply", "no auto reply", "not auto reply", "reply me personally", "bukan bot",
    "bukan auto reply", "sembang dengan", "want speak to", "wan speak to",
    "need a word with", "have a word with", "a word with him", "a word with her",
    "real staff", "not the bot", "not a machine", "chat to a person", "chat to someone",
    "put me on to", "put me onto", "rather explain", "explain it to a person",
    "connect me with", "connect me to", "real insaan",
    // Someone, not a machine (`is there an actual person there`, `id rather chat with mereana`).
    "actual person", "an automated", "rather chat", "rather talk", "rather speak", "someone real",
    "someone call me", "have someone call", "id like to talk with", "can i please talk to",
    "can i please speak to", "could i please talk to", "could i please speak to",
    "id like to talk to", "i would like to talk to", "i want to talk to",
    // Malay (`sy nak orang sebenar`, `nak bercakap dengan Kak Nurul`, `boleh call sy tak`).
    "orang sebenar", "bercakap dengan", "cakap dengan", "call sy", "call saya",
    // Taglish (`pwede po makausap yung tao`, `ayoko ng auto reply`, `paki connect po ako kay`).
    "makausap", "tao mismo", "tao po sana", "ayoko ng auto reply", "hindi yung bot", "paki connect",
    // Indonesian (`tolong sambungkan ke bu laras`, `minta ditelpon balik`, `sy mau sama orang aja`,
    // `balesnya otomatis ya`).
    "sambungkan ke", "sambungkan dgn", "sambungkan dengan", "ngomong langsung", "ditelpon balik", "minta ditelpon", "telpon balik",
    "sama orang aja", "sama orang saja", "balesnya otomatis", "bales otomatis", "dibales otomatis",
    "text me back", "someone from your team", "talk to you directly", "speak to you directly",
    "rather deal with", "deal with her directly", "deal with him directly",
    "pass me with", "somebody real", "managers number", "manager number", "owners number",
    // Spanish and Portuguese (`quiero hablar con un asesor humano`, `falar com uma pessoa`).
    "hablar con un", "hablar con una persona", "asesor humano", "un asesor", "persona real",
    "falar com um", "falar com uma pessoa", "atendente", "atendimento humano", "pessoa real",
    // Somebody fetched (`i dont want no robot, get me somebody that knows`), a call preferred
    // (`is there staff i can call? prefer talking on phone`), Spanish with a name (`quiero
    // hablar con Lupe`), Swahili (`naomba niongee na mtu, sio robot`).
    "get me somebody", "get me someone", "no robot", "staff i can call", "prefer talking on",
    "talking on the phone", "talking on phone", "talk on the phone", "quiero hablar con",
    // One the buyer dealt with (`I need to talk to Reem`), French (`je voudrais parler à
    // quelqu'un, pas un robot`).
    "need to talk to", "parler à quelqu", "parler a quelqu", "pas un robot",
    // A word with someone, a call asked for (`is Carys about? need a quick word with her`, `can
    // someone phone me`, `get ur boss to call me`).
    "a quick word with", "someone phone me", "phone me", "boss to call", "niongee na mtu", "ongea na mtu", "sio robot",
];

/// English verbs of getting in touch; with one of [`CONTACT_OBJECTS`] they ask for a person.
#[rustfmt::skip]
const CONTACT_VERBS: &[&str] = &[
    "talk", "talking", "speak", "speaking", "chat", "chatting", "contact", "contacting", "reach",
    "call", "calling", "get in touch", "cakap",
];

/// Who an English contact verb may reach for the request to be for a person.
#[rustfmt::skip]
const CONTACT_OBJECTS: &[&str] = &[
    "person", "someone", "somebody", "human", "agent", "assistant", "representative", "operator",
    "staff", "customer service", "customer support", "customer assistance", "customer care",
    "manager", "supervisor", "owner",
];

/// Reads the special intents of a normalised message.
pub fn read(normalized: &str) -> Intents {
    let respelt = respelt(normalized);
    let invoice_error = after_sale::invoice_error(&respelt);
    let after_sale = match invoice_error {
        Some(_) => after_sale::read(&after_sale::without_invoice_error(&respelt)),
        None => after_sale::read(&respelt),
    };
    Intents {
        invoice_error,
        greeting_only: greeting_only(normalized),
        bare_reply: bare_reply(normalized),
        gives: given::read(normalized),
        asks_human: asks_human(&respelt),
        cancellation_only: after_sale.is_some() && after_sale::cancellation_only(&respelt),
        missing_only: after_sale.is_some() && after_sale::missing_only(&respelt),
        after_sale,
    }
}

/// `normalized` with each English word one typing slip from a word of the English request and
/// problem tables written as that word (`conttact` → `contact`, `reimbvurse` → `reimburse`, `damged`
/// → `damaged`), as the matcher repairs a word against the FAQ's (see [`crate::spelling`]). A
/// word two table words are a slip from is left alone, and so is one that differs from a table
/// word only in its last letter: that is most often another word's ending (`snapper`, not
/// `snapped`; `tiles`, not `tiled`), seldom a slip.
fn respelt(normalized: &str) -> String {
    if !normalized.bytes().any(|b| b.is_ascii_lowercase()) {
        return normalized.to_owned();
    }
    let (spelling, words) = table_words();
    normalized
        .split(' ')
        .map(|w| {
            if words.binary_search(&w).is_ok() || WORDS_NOT_SLIPS.contains(&w) {
                return w;
            }
            match spelling.neighbours(w).as_slice() {
                [one] if !other_ending(w, words[*one as usize]) => words[*one as usize],
                _ => w,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Everyday words of the buyers' languages one slip from a table word, never repaired: Malay
/// and Indonesian `kotak` (a box) is not `koyak` (torn).
const WORDS_NOT_SLIPS: &[&str] = &["kotak"];

/// True when `a` and `b` differ only in their last letter.
fn other_ending(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.chars(), b.chars());
    let (last_a, last_b) = (a.next_back(), b.next_back());
    last_a != last_b && a.as_str() == b.as_str() && !a.as_str().is_empty()
}

/// The English words of the tables that ask for a person or report an after-sale matter, and
/// their index by misspelling.
fn table_words() -> &'static (Spelling, Vec<&'static str>) {
    static WORDS: OnceLock<(Spelling, Vec<&'static str>)> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<&'static str> = HUMAN_EN
            .iter()
            .chain(CONTACT_VERBS)
            .chain(CONTACT_OBJECTS)
            .chain(after_sale::english_phrases())
            .flat_map(|p| p.split(' '))
            .collect();
        words.sort_unstable();
        words.dedup();
        let spelling = Spelling::build(words.iter().enumerate().map(|(i, w)| (i as u32, *w)));
        (spelling, words)
    })
}

fn greeting_only(normalized: &str) -> bool {
    if normalized.trim().is_empty() {
        return false;
    }
    let mut rest = format!(" {normalized} ");
    // The goods came, or the buyer thanks, and is glad of it: the goods may be named before the
    // praise (`鱼都很精神`, `谢谢 东西很好用`), and the arrival said (`到了到了 谢谢老板`),
    // unless something is asked.
    let asks = ['吗', '么', '没', '?']
        .iter()
        .any(|q| normalized.contains(*q));
    let thanked = THANKS.iter().any(|t| normalized.contains(t));
    let arrived = ARRIVED.iter().any(|a| normalized.contains(a));
    let came =
        !asks && (arrived || thanked) && (thanked || PRAISE.iter().any(|p| normalized.contains(p)));
    for praise in PRAISE {
        while let Some(at) = rest.find(praise) {
            let before = rest[..at].trim_end_matches(['也', '都']);
            let who = PLEASED
                .iter()
                .find(|w| before.ends_with(*w))
                .map_or(0, |w| w.len());
            let start = if who > 0 {
                before.len() - who
            } else if came {
                // A word or two of the goods (`茶`, `鱼都`), back to the last space.
                let goods = before.rsplit(' ').next().unwrap_or("");
                if goods.chars().count() <= 2 {
                    before.len() - goods.len()
                } else {
                    at
                }
            } else {
                at
            };
            rest.replace_range(start..at + praise.len(), " ");
        }
    }
    if came && arrived {
        for arrived in ARRIVED {
            rest = rest.replace(arrived, " ");
        }
    }
    // Most phrases are absent: find those present in one pass. Striking a phrase out leaves a
    // space, so only a phrase of several words can appear where it was not before.
    let found = GREETING_TABLE.found(&rest);
    for &i in GREETING_ORDER.iter() {
        let phrase = GREETING_PHRASES[i];
        if !(found[i] || phrase.contains(' ') && rest.contains(phrase)) {
            continue;
        }
        if phrase.is_ascii() {
            // English: whole words only, so "hi" does not eat "ship".
            let padded = format!(" {phrase} ");
            while rest.contains(&padded) {
                rest = rest.replace(&padded, " ");
            }
        } else {
            rest = rest.replace(phrase, " ");
        }
    }
    // A bare `好` between spaces (`好 明白 唔該`) agrees; `好了吗` asks.
    let agreed = rest
        .split_whitespace()
        .all(|w| w == "好" || only_particles(w));
    agreed || thanked_by_name(normalized, &rest)
}

/// Whether `word` is made only of [`GREETING_PARTICLES`] (`啦`, `~`).
fn only_particles(word: &str) -> bool {
    word.chars().all(|c| GREETING_PARTICLES.contains(c))
}

/// Words of thanks or greeting a name may follow (`thanks Priya`, `cheers Sam`, `谢谢王姐`,
/// `早上好 汪姐`, `hi Maria`).
#[rustfmt::skip]
const THANKS_BEFORE_A_NAME: &[&str] = &[
    "thanks", "thank you", "cheers", "thx", "ty", "谢谢", "多谢", "早上好", "你好", "您好", "晚上好",
    "下午好", "晚安", "hi", "hello", "hey", "morning", "regards",
];

/// How a person is addressed after a surname (`王姐`, `李哥`).
const KIN_TERMS: &[char] = &['姐', '哥', '叔', '姨'];

/// True when all that is left of a greeting is the name the buyer thanks or greets (`thanks
/// Priya`, `谢谢王姐`, `早上好 汪姐`): one short word right after the thanks or greeting.
fn thanked_by_name(normalized: &str, rest: &str) -> bool {
    let mut left = rest.split_whitespace().filter(|w| !only_particles(w));
    let (Some(name), None) = (left.next(), left.next()) else {
        return false;
    };
    let english = (2..=8).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_lowercase());
    let chars: Vec<char> = name.chars().collect();
    let chinese = chars.len() == 2 && is_han(chars[0]) && KIN_TERMS.contains(&chars[1]);
    (english || chinese)
        && THANKS_BEFORE_A_NAME.iter().any(|t| {
            normalized.contains(&format!("{t} {name}"))
                || normalized.contains(&format!("{t}{name}"))
        })
}

/// Sounds a reply may start with (`嗯 没有`, `哦 不是`): a pause, not a word.
const REPLY_OPENERS: &[&str] = &["嗯嗯", "嗯", "哦哦", "哦", "额", "呃", "噢"];

fn bare_reply(normalized: &str) -> bool {
    let trim = |t: &str| {
        t.trim_matches(|c: char| GREETING_PARTICLES.contains(c))
            .to_owned()
    };
    let core = trim(normalized);
    let after_opener = REPLY_OPENERS
        .iter()
        .find_map(|o| core.strip_prefix(o))
        .map(trim);
    BARE_REPLIES.contains(&core.as_str())
        || after_opener.is_some_and(|rest| BARE_REPLIES.contains(&rest.as_str()))
}

fn asks_human(normalized: &str) -> Option<String> {
    let normalized = &without_real_hair(normalized);
    let normalized = &without_trade_agents(normalized);
    let normalized = &struck_out(normalized, NO_PERSON_WANTED);
    let zh = HUMAN_ZH_TABLE
        .first_in(normalized)
        .or_else(|| staff_asked(normalized).then_some("人工"))
        .or_else(|| someone_to_reply(normalized).then_some("让…回我"))
        .or_else(|| named_asked(normalized).then_some("…在吗"));
    let en = || HUMAN_EN_TABLE.first_words_in(normalized);
    if let Some(p) = zh.or_else(en) {
        return Some(p.to_owned());
    }
    let verb = CONTACT_VERBS_TABLE.first_words_in(normalized)?;
    let object = CONTACT_OBJECTS_TABLE.first_words_in(normalized)?;
    Some(format!("{verb} … {object}"))
}

/// The indices of [`GREETING_PHRASES`], longest phrase first: a phrase is struck out before
/// the shorter ones inside it (`have a great weekend` before `great`).
static GREETING_ORDER: LazyLock<Vec<usize>> = LazyLock::new(|| {
    let mut order: Vec<usize> = (0..GREETING_PHRASES.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(GREETING_PHRASES[i].chars().count()));
    order
});

/// [`GREETING_PHRASES`], compiled.
static GREETING_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(GREETING_PHRASES.iter().copied()));
/// [`HUMAN_ZH`], compiled.
static HUMAN_ZH_TABLE: LazyLock<Table> = LazyLock::new(|| Table::new(HUMAN_ZH.iter().copied()));
/// [`HUMAN_EN`], compiled.
static HUMAN_EN_TABLE: LazyLock<Table> = LazyLock::new(|| Table::new(HUMAN_EN.iter().copied()));
/// [`CONTACT_VERBS`], compiled.
static CONTACT_VERBS_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(CONTACT_VERBS.iter().copied()));
/// [`CONTACT_OBJECTS`], compiled.
static CONTACT_OBJECTS_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(CONTACT_OBJECTS.iter().copied()));

/// What `真人` may describe rather than ask for: real hair (`真人发`), a real person wearing or
/// showing the goods (`真人试穿`, `真人秀`, `真人图`).
const REAL_PERSON_AS_MODIFIER: &str = "发头试秀照图拍穿戴效实模版";

/// `normalized` with `真人` and `human` struck out where they describe the goods (`真人发`,
/// `真人试穿`, `human hair`): a wig of real hair asks for no person.
fn without_real_hair(normalized: &str) -> std::borrow::Cow<'_, str> {
    if !normalized.contains("真人") && !normalized.contains("human hair") {
        return normalized.into();
    }
    let mut text = String::with_capacity(normalized.len());
    let mut rest = normalized;
    while let Some(at) = rest.find("真人") {
        let after = &rest[at + "真人".len()..];
        let describes = after
            .chars()
            .next()
            .is_some_and(|c| REAL_PERSON_AS_MODIFIER.contains(c));
        text.push_str(&rest[..at]);
        text.push_str(if describes { "  " } else { "真人" });
        rest = after;
    }
    text.push_str(rest);
    text.replace("human hair", "hair").into()
}

/// An agent of the trade rather than of the shop's chat (`got agent price?`, `want to be your
/// agent`): a reseller asks for no person.
const TRADE_AGENTS: &[&str] = &[
    "agent price",
    // An ingredient or a trade, not a person (`a wetting agent`, `travel agent`).
    "wetting agent",
    "jadi agent",
    "dropship agent",
    "agent korang",
    "become an agent",
    "be an agent",
    "cleaning agent",
    "raising agent",
    "foaming agent",
    "travel agent",
    "estate agent",
    "agent rate",
    "agent discount",
    "be your agent",
    "become your agent",
    "become an agent",
    "be an agent",
];

/// `normalized` with [`TRADE_AGENTS`] struck out.
fn without_trade_agents(normalized: &str) -> std::borrow::Cow<'_, str> {
    struck_out(normalized, TRADE_AGENTS)
}

/// A buyer who would rather not talk to anyone (`我社恐不想跟人说话`): no request for a person.
#[rustfmt::skip]
const NO_PERSON_WANTED: &[&str] = &[
    "不想跟人", "不想和人", "不用跟人", "不用和人", "不要跟人", "不愿意跟人", "不敢跟人", "怕跟人",
];

/// `text` with each of `phrases` replaced by a space; borrowed when none is there.
fn struck_out<'a>(text: &'a str, phrases: &[&str]) -> std::borrow::Cow<'a, str> {
    if !phrases.iter().any(|p| text.contains(p)) {
        return text.into();
    }
    phrases
        .iter()
        .fold(text.to_owned(), |text, p| text.replace(p, " "))
        .into()
}

/// Who may be asked to reply, then the reply (`让李师傅跟我说`, `麻烦让店长回我一下`,
/// `请小王跟我联系`): someone of the shop, named or not, asked to talk to the buyer.
const ASK_SOMEONE: &[&str] = &["让", "请", "叫"];
/// See [`ASK_SOMEONE`].
#[rustfmt::skip]
const REPLY_TO_ME: &[&str] = &[
    "跟我说", "和我说", "跟我联系", "和我联系", "跟我联络", "和我联络", "联系我", "联络我", "回我",
    "回复我", "给我回", "来接一下", "来回一下", "来回复一下", "覆我", "跟我聊",
];

/// True when the buyer asks someone of the shop to reply in person: a verb of asking, at most
/// eight characters of who (`让做衣服的师傅直接跟我说`), and one of [`REPLY_TO_ME`].
fn someone_to_reply(normalized: &str) -> bool {
    ASK_SOMEONE.iter().any(|a| {
        normalized.match_indices(a).any(|(at, _)| {
            let after: String = normalized[at + a.len()..].chars().take(12).collect();
            // `请问` asks a question of whoever reads it.
            !after.starts_with('问')
                && REPLY_TO_ME.iter().any(|r| {
                    after
                        .find(r)
                        .is_some_and(|i| (1..=8).contains(&after[..i].chars().count()))
                })
        })
    })
}

/// Ways of asking whether someone is there (`小美在吗`).
const THERE: &[&str] = &["在吗", "在不在", "在么", "在嘛", "在不"];

/// True when the message opens by asking for someone by name (`小美在吗`, `王师傅在不在`): a
/// `小`/`阿` name or a name with a title, not a way of addressing the shop (`小姐姐在吗`).
fn named_asked(normalized: &str) -> bool {
    const TITLES: &[&str] = &["师傅", "老师", "姐姐", "哥哥", "姐", "哥"];
    const ADDRESSES: &[&str] = &[
        "小姐", "小哥", "小二", "小可", "小仙", "小伙", "大哥", "大姐",
    ];
    let Some(name) = THERE
        .iter()
        .find_map(|t| normalized.find(t).map(|at| normalized[..at].trim()))
    else {
        return false;
    };
    let chars: Vec<char> = name.chars().collect();
    if !chars.iter().all(|c| is_han(*c)) || ADDRESSES.iter().any(|a| name.starts_with(a)) {
        return false;
    }
    let titled = TITLES.iter().any(|t| {
        name.strip_suffix(t)
            .is_some_and(|who| (1..=2).contains(&who.chars().count()))
    });
    titled || (chars.len() == 2 && matches!(chars[0], '小' | '阿'))
}

/// True when `人工` ("staff") asks for a person: on its own or before a word of the service
/// (`人工`, `人工客服`, `是人工吗`, `人工处理`), not as part of a thing (`人工费`, `人工智能`,
/// `人工草坪`).
///
/// Asking when staff are there is a question of hours (`人工客服什么时候在线`, `你们人工几点上班`,
/// `周日有人工吗`), not a request.
fn staff_asked(normalized: &str) -> bool {
    const SERVICE: &str = "客服务吗呢在回了啊呀吧嘛么处来";
    normalized.match_indices("人工").any(|(at, word)| {
        let after = &normalized[at + word.len()..];
        let when = after
            .trim_start_matches("客服")
            .trim_start_matches(['一', '般']);
        let hours_asked = STAFF_HOURS.iter().any(|h| when.starts_with(h))
            || normalized[..at].ends_with('有')
                && STAFF_DAYS.iter().any(|d| normalized.contains(d));
        !hours_asked
            && after
                .chars()
                .next()
                .is_none_or(|c| !is_han(c) || SERVICE.contains(c))
    })
}

/// What after `人工` asks when staff are there (`人工客服什么时候在线`, `人工几点上班`).
const STAFF_HOURS: &[&str] = &[
    "什么时候",
    "几点",
    "在线时间",
    "上班",
    "下班",
    "工作时间",
    "服务时间",
];

/// Days and times that make `有人工` ask whether staff are there then (`周日有人工吗`).
#[rustfmt::skip]
const STAFF_DAYS: &[&str] = &[
    "周末", "周日", "周六", "星期天", "星期日", "星期六", "礼拜天", "礼拜六", "节假日", "假期", "过年",
    "晚上", "半夜", "白天", "几点",
];

/// True when `raw` holds emoji or other pictographs and no letters or digits (`👍`, `👌👌`): an
/// acknowledgement, answered like thanks. Punctuation alone (`???`) is not one.
pub fn emoji_only(raw: &str) -> bool {
    let pictograph = |c: char| {
        let u = c as u32;
        u >= 0x2190
            && !(0x2E00..=0x2E7F).contains(&u)
            && !(0x3000..=0x303F).contains(&u)
            && !(0xFE10..=0xFE6F).contains(&u)
            && !(0xFF00..=0xFFEF).contains(&u)
            && !c.is_alphanumeric()
    };
    raw.chars().any(pictograph) && !raw.chars().any(char::is_alphanumeric)
}

/// Which of `offered` questions (0-based) a reply like `2`, `第二个` or `the first one` picks.
pub fn pick(normalized: &str, offered: usize) -> Option<usize> {
    const ORDINALS: &[(&[&str], usize)] = &[
        (
            &[
                "1",
                "一",
                "第一",
                "第一个",
                "第1",
                "第1个",
                "选1",
                "选一",
                "1号",
                "first",
                "one",
                "1st",
                "the first",
                "the first one",
                "number 1",
                "option 1",
                "no 1",
            ],
            0,
        ),
        (
            &[
                "2",
                "二",
                "第二",
                "第二个",
                "第2",
                "第2个",
                "选2",
                "选二",
                "2号",
                "second",
                "two",
                "2nd",
                "the second",
                "the second one",
                "number 2",
                "option 2",
                "no 2",
            ],
            1,
        ),
        (
            &[
                "3",
                "三",
                "第三",
                "第三个",
                "第3",
                "第3个",
                "选3",
                "选三",
                "3号",
                "third",
                "three",
                "3rd",
                "the third",
                "the third one",
                "number 3",
                "option 3",
                "no 3",
            ],
            2,
        ),
    ];
    let text = normalized
        .trim()
        .trim_end_matches(['个', '吧', '呀', '啊', '的', '哦', '吗']);
    ORDINALS
        .iter()
        .find(|(words, _)| words.contains(&text))
        .map(|(_, i)| *i)
        .filter(|&i| i < offered)
}

/// True when `phrase` occurs in `text` as whole space-separated words.
pub(crate) fn contains_words(text: &str, phrase: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    // Every occurrence, overlapping ones too (`a a` in `xa a a` is whole only the second time).
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(phrase)) {
        let at = from + found;
        let end = at + phrase.len();
        if (at == 0 || bytes[at - 1] == b' ') && (end == text.len() || bytes[end] == b' ') {
            return true;
        }
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests;
