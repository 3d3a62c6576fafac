//! Shops the engine's settings were never chosen on, measured like evaluation suites.
//!
//! Each folder under `tests/shops/` is a suite in the `owldesk eval` format (`faq.json` and
//! `cases.jsonl`, with a README describing the shop). They were written for the project by a
//! writer who saw neither the engine nor the development suites, the way buyers of such a shop
//! type, so a change that suits the development suites and not another shop shows here. The
//! floors sit a little under what the engine measured; `owldesk eval crates/core/tests/shops/NAME`
//! prints the full report and the failures.

use std::path::Path;

use owldesk_core::eval::{load_suite, run_suite};
use owldesk_domain::Thresholds;
use owldesk_engine::ShopProfile;

/// The least a shop must measure: answer precision, auto rate, escalation recall.
struct Floors {
    precision: f64,
    auto: f64,
    escalated: f64,
}

#[rstest::rstest]
// Measured 0.966 / 0.509 / 0.982 (reason accuracy 0.927); 0.967 / 0.518 / 0.982 (0.945) in
// session 18.
#[case::snack_shop(
    "snack-shop",
    Floors { precision: 0.93, auto: 0.46, escalated: 0.95 }
)]
// Measured 0.941 / 0.571 / 0.982 (reason accuracy 0.909) when it was first read, engine
// unchanged; 0.970 / 0.580 / 1.000 (0.964) after session 16's fixes from its failures.
#[case::phone_gear(
    "phone-gear",
    Floors { precision: 0.90, auto: 0.52, escalated: 0.95 }
)]
// Measured 0.957 / 0.393 / 0.982 (reason accuracy 0.891) when it was first read (session 16),
// engine unchanged; 0.979 / 0.411 / 1.000 (1.000) after session 17's fixes from its failures,
// 0.979 / 0.420 / 1.000 in session 18.
#[case::girls_wear(
    "girls-wear",
    Floors { precision: 0.94, auto: 0.38, escalated: 0.95 }
)]
// Measured 0.931 / 0.598 / 0.929 (reason accuracy 0.885) with session 17's engine, when it was
// first read; 0.944 / 0.598 / 0.929 (0.962) after session 18's fixes from its failures.
#[case::pet_supplies(
    "pet-supplies",
    Floors { precision: 0.90, auto: 0.55, escalated: 0.90 }
)]
// Measured 0.945 / 0.464 / 0.964 (reason accuracy 0.741) when it was first read (session 18),
// engine unchanged: an English Shopify jewellery shop, most buyers writing English; 0.965 /
// 0.491 / 0.982 (0.982) after session 18's fixes from its failures.
#[case::silver_studio(
    "silver-studio",
    Floors { precision: 0.91, auto: 0.42, escalated: 0.93 }
)]
// Measured 0.950 / 0.509 / 1.000 (reason accuracy 0.964) with session 18's engine, its failures
// unread: the shop kept back to show how the engine does on a shop it has not met.
#[case::tea_house(
    "tea-house",
    Floors { precision: 0.92, auto: 0.47, escalated: 0.95 }
)]
// Measured 0.925 / 0.438 / 0.964 (reason accuracy 0.963) when it came in (session 19), engine
// unchanged: a Pinduoduo orchard-direct fruit shop; then read, and fixed where the fault was
// general.
#[case::fruit_farm(
    "fruit-farm",
    Floors { precision: 0.89, auto: 0.42, escalated: 0.93 }
)]
// Measured 0.887 / 0.562 / 0.893 (reason accuracy 0.960) when it came in (session 19), engine
// unchanged: a small-kitchen-appliance shop; then read, and fixed where the fault was general.
#[case::kitchen_gear(
    "kitchen-gear",
    Floors { precision: 0.86, auto: 0.53, escalated: 0.87 }
)]
// Measured 0.877 / 0.509 / 0.929 (reason accuracy 0.942) when it came in (session 20), engine
// unchanged: a Douyin skincare shop; read in part.
#[case::skin_lab(
    "skin-lab",
    Floors { precision: 0.85, auto: 0.47, escalated: 0.90 }
)]
// Measured 0.909 / 0.446 / 0.946 (reason accuracy 0.736) when it came in (session 20), engine
// unchanged: an English Shopify candle shop in the UK; its English after-sale reports and asks
// for a person were then read (reason accuracy 0.981).
#[case::ember_wick(
    "ember-wick",
    Floors { precision: 0.88, auto: 0.41, escalated: 0.91 }
)]
// Measured 0.930 / 0.357 / 0.946 (reason accuracy 0.887) when it came in (session 20), engine
// unchanged: a Pinduoduo furniture shop (delivery upstairs, installation, custom sizes); its
// after-sale reports were read.
#[case::oak_nest(
    "oak-nest",
    Floors { precision: 0.90, auto: 0.32, escalated: 0.91 }
)]
// Measured 0.883 / 0.473 / 0.911 (reason accuracy 0.824) when it came in (session 20), engine
// unchanged: an English Shopify outdoor-clothing brand in the US; its after-sale reports and
// asks for a person were read.
#[case::trail_thread(
    "trail-thread",
    Floors { precision: 0.85, auto: 0.43, escalated: 0.88 }
)]
// The next four were measured once with the engine as it stood (session 21), then read:
// 0.919 / 0.509 / 0.929 (reason accuracy 0.769), a Pinduoduo shoe shop; after-sale reports
// (scratches, cracks, a mismatched pair), asks for the owner and two jabs were read.
#[case::shoe_rack(
    "shoe-rack",
    Floors { precision: 0.89, auto: 0.47, escalated: 0.90 }
)]
// 0.948 / 0.652 / 0.946 (0.925), a Douyin mother-and-baby shop.
#[case::baby_bloom(
    "baby-bloom",
    Floors { precision: 0.92, auto: 0.61, escalated: 0.91 }
)]
// 0.907 / 0.438 / 0.946 (0.811), a flower shop delivering in its city.
#[case::flower_lane(
    "flower-lane",
    Floors { precision: 0.88, auto: 0.40, escalated: 0.91 }
)]
// 0.847 / 0.446 / 0.911 (0.941), an English Shopify coffee roaster in Australia.
#[case::roast_ridge(
    "roast-ridge",
    Floors { precision: 0.83, auto: 0.41, escalated: 0.89 }
)]
// Three more, the same way: 0.860 / 0.438 / 0.911 (0.765), an English personalised-gifts shop
// in the US (proofs, production time, typos on mugs);
#[case::print_nook(
    "print-nook",
    Floors { precision: 0.84, auto: 0.40, escalated: 0.89 }
)]
// 0.886 / 0.554 / 0.893 (0.820), a Singapore bedding shop whose buyers write Singlish and mix
// English with Chinese;
#[case::lion_home(
    "lion-home",
    Floors { precision: 0.86, auto: 0.52, escalated: 0.87 }
)]
// 0.857 / 0.536 / 0.857 (0.896), a Taobao eyewear shop (prescriptions, lens options, remakes).
#[case::glass_frame(
    "glass-frame",
    Floors { precision: 0.83, auto: 0.50, escalated: 0.83 }
)]
// 0.958 / 0.616 / 0.929 (0.865), a Pinduoduo home-fitness shop (treadmills, dumbbells, mats).
#[case::fit_gear(
    "fit-gear",
    Floors { precision: 0.93, auto: 0.58, escalated: 0.90 }
)]
// Seven more, measured once with session 21's engine (precision / auto / escalation, reason
// accuracy), then read (session 22): 0.917 / 0.393 / 0.964 (0.815), a Douyin livestream jade
// shop whose buyers type by voice;
#[case::jade_live(
    "jade-live",
    Floors { precision: 0.88, auto: 0.35, escalated: 0.94 }
)]
// 0.938 / 0.402 / 0.911 (0.804), a Taiwanese stationery shop on Shopee, in traditional Chinese;
#[case::tw_stationery(
    "tw-stationery",
    Floors { precision: 0.92, auto: 0.36, escalated: 0.92 }
)]
// 0.978 / 0.393 / 0.964 (0.796), car accessories fitted by make, model and year;
#[case::car_mate(
    "car-mate",
    Floors { precision: 0.96, auto: 0.35, escalated: 0.94 }
)]
// 0.820 / 0.366 / 0.929 (0.769), succulents shipped bare-root from Kunming;
#[case::succulent_den(
    "succulent-den",
    Floors { precision: 0.81, auto: 0.32, escalated: 0.92 }
)]
// 0.800 / 0.321 / 0.911 (0.706), an English yarn shop in Yorkshire;
#[case::wool_and_whim(
    "wool-and-whim",
    Floors { precision: 0.78, auto: 0.28, escalated: 0.89 }
)]
// 0.904 / 0.420 / 0.946 (0.830), an American retro-games shop, buyers in texting shorthand;
#[case::retro_vault(
    "retro-vault",
    Floors { precision: 0.85, auto: 0.39, escalated: 0.91 }
)]
// 0.914 / 0.571 / 0.911 (0.765), north-eastern farm produce, some buyers writing 东北话.
#[case::black_soil(
    "black-soil",
    Floors { precision: 0.89, auto: 0.53, escalated: 0.91 }
)]
// Five more, measured once with session 22's engine, then read (session 23): 0.909 / 0.446 /
// 0.893 (0.860), a Taobao wig shop (real hair and fibre, buyers hiding hair loss);
#[case::wig_studio(
    "wig-studio",
    Floors { precision: 0.90, auto: 0.44, escalated: 0.89 }
)]
// 0.867 / 0.464 / 0.875 (0.898), a Douyin and Taobao underwear shop;
#[case::soft_cup(
    "soft-cup",
    Floors { precision: 0.85, auto: 0.44, escalated: 0.87 }
)]
// 0.894 / 0.375 / 0.911 (0.824), electric toothbrushes and water flossers, buyers quoting models;
#[case::smile_tech(
    "smile-tech",
    Floors { precision: 0.88, auto: 0.34, escalated: 0.90 }
)]
// 0.850 / 0.455 / 0.911 (0.902), second-hand luxury bags and watches, buyers who bargain;
#[case::second_bag(
    "second-bag",
    Floors { precision: 0.82, auto: 0.42, escalated: 0.89 }
)]
// 0.921 / 0.312 / 0.946 (0.830), a Canadian board-game shop, a few buyers writing French.
#[case::meeple_house(
    "meeple-house",
    Floors { precision: 0.89, auto: 0.28, escalated: 0.92 }
)]
// Five more, measured once with session 23's engine, then read (session 24): 0.929 / 0.464 /
// 0.911 (0.922), a Taobao 汉服 shop (presale, 定金 and 尾款);
#[case::hanfu_loft(
    "hanfu-loft",
    Floors { precision: 0.92, auto: 0.43, escalated: 0.92 }
)]
// 0.935 / 0.384 / 0.964 (0.889), frozen and live seafood, older buyers dictating by voice;
#[case::sea_catch(
    "sea-catch",
    Floors { precision: 0.93, auto: 0.35, escalated: 0.95 }
)]
// 0.880 / 0.393 / 0.964 (0.852), school workbooks and picture books, parents before term;
#[case::book_bridge(
    "book-bridge",
    Floors { precision: 0.87, auto: 0.36, escalated: 0.95 }
)]
// 0.911 / 0.366 / 0.929 (0.692), a Hong Kong snack shop, buyers writing Cantonese;
#[case::kong_snack(
    "kong-snack",
    Floors { precision: 0.85, auto: 0.36, escalated: 0.88 }
)]
// 0.828 / 0.473 / 0.821 (0.717), a Singapore phone-accessory shop, buyers writing Singlish.
#[case::lah_gadget(
    "lah-gadget",
    Floors { precision: 0.82, auto: 0.44, escalated: 0.83 }
)]
// Five more, measured once with the engine at 7923433, then read (session 24): 0.902 / 0.330 /
// 0.964 (0.815), air conditioners with installation, buyers often older;
#[case::cool_air(
    "cool-air",
    Floors { precision: 0.89, auto: 0.30, escalated: 0.95 }
)]
// 0.889 / 0.429 / 1.000 (0.911), press-on nails on Douyin, buyers in fast slang and emoji;
#[case::nail_box(
    "nail-box",
    Floors { precision: 0.87, auto: 0.40, escalated: 0.97 }
)]
// 0.953 / 0.545 / 0.946 (0.849), anime merchandise, pre-orders and blind draws, fans' own words;
#[case::guzi_den(
    "guzi-den",
    Floors { precision: 0.92, auto: 0.51, escalated: 0.92 }
)]
// 0.769 / 0.268 / 0.929 (0.846), bird's nest and other tonics, no health claims allowed;
#[case::nest_tonic(
    "nest-tonic",
    Floors { precision: 0.78, auto: 0.24, escalated: 0.93 }
)]
// 0.914 / 0.473 / 0.946 (0.811), Indian ethnic wear, buyers writing Indian English and Hinglish.
#[case::desi_threads(
    "desi-threads",
    Floors { precision: 0.90, auto: 0.44, escalated: 0.93 }
)]
// Five more, measured once with the engine at e923f80, then read (session 24): 0.809 / 0.339 /
// 0.946 (0.830), a bakery delivering cakes in time slots;
#[case::cake_hour(
    "cake-hour",
    Floors { precision: 0.81, auto: 0.30, escalated: 0.95 }
)]
// 0.816 / 0.357 / 0.893 (0.880), electric bicycles, plates and batteries, riders and older buyers;
#[case::e_ride(
    "e-ride",
    Floors { precision: 0.80, auto: 0.32, escalated: 0.88 }
)]
// 0.923 / 0.429 / 0.964 (0.870), baijiu and wine, fakes feared, gifts for elders and bosses;
#[case::wine_cellar(
    "wine-cellar",
    Floors { precision: 0.91, auto: 0.40, escalated: 0.95 }
)]
// 0.938 / 0.545 / 0.946 (0.604), Philippine skincare, buyers writing Taglish;
#[case::pinoy_glow(
    "pinoy-glow",
    Floors { precision: 0.93, auto: 0.51, escalated: 0.93 }
)]
// 0.857 / 0.482 / 0.875 (0.918), guitars and ukuleles, beginners and parents;
#[case::string_loft(
    "string-loft",
    Floors { precision: 0.84, auto: 0.45, escalated: 0.86 }
)]
// 0.839 / 0.464 / 0.893 (0.860), virtual goods: top-ups, memberships and card codes;
#[case::card_mart(
    "card-mart",
    Floors { precision: 0.82, auto: 0.43, escalated: 0.90 }
)]
// 0.795 / 0.277 / 0.911 (0.902), live aquarium fish, beginners and hobbyists' slang;
#[case::fin_tank(
    "fin-tank",
    Floors { precision: 0.81, auto: 0.25, escalated: 0.93 }
)]
// 0.887 / 0.491 / 0.893 (0.960), cross-border infant formula cleared by customs;
#[case::milk_bridge(
    "milk-bridge",
    Floors { precision: 0.87, auto: 0.46, escalated: 0.90 }
)]
// 0.893 / 0.446 / 0.893 (0.860), an Australian surf and swim shop, Aussie slang;
#[case::reef_and_sand(
    "reef-and-sand",
    Floors { precision: 0.90, auto: 0.42, escalated: 0.90 }
)]
// 0.946 / 0.473 / 0.946 (0.811), second-hand and refurbished phones, the trade's words;
#[case::phone_again(
    "phone-again",
    Floors { precision: 0.92, auto: 0.44, escalated: 0.92 }
)]
// 0.864 / 0.455 / 0.893 (0.860), renting cameras, lenses and drones, deposits;
#[case::lens_rent(
    "lens-rent",
    Floors { precision: 0.87, auto: 0.43, escalated: 0.90 }
)]
// 0.867 / 0.348 / 0.911 (0.843), computer parts and built PCs, the trade's shorthand;
#[case::rig_parts(
    "rig-parts",
    Floors { precision: 0.86, auto: 0.32, escalated: 0.90 }
)]
// 0.896 / 0.536 / 0.893 (0.940), gold jewellery sold on a livestream, priced by the gram;
#[case::gold_live(
    "gold-live",
    Floors { precision: 0.90, auto: 0.51, escalated: 0.90 }
)]
// 0.915 / 0.384 / 0.946 (0.755), digital downloads on Etsy, American English;
#[case::print_pixel(
    "print-pixel",
    Floors { precision: 0.89, auto: 0.36, escalated: 0.92 }
)]
// 0.736 / 0.348 / 0.875 (0.816), scenic-area tickets and tours, real-name booking;
#[case::trip_ticket(
    "trip-ticket",
    Floors { precision: 0.72, auto: 0.32, escalated: 0.87 }
)]
// 0.816 / 0.357 / 0.911 (0.902), seeds and fertiliser for farmers, dialect and voice input;
#[case::farm_supply(
    "farm-supply",
    Floors { precision: 0.82, auto: 0.33, escalated: 0.92 }
)]
// 0.952 / 0.357 / 0.982 (0.836), dog and cat food on subscription, British English;
#[case::paw_pantry(
    "paw-pantry",
    Floors { precision: 0.93, auto: 0.33, escalated: 0.96 }
)]
// 0.912 / 0.464 / 0.911 (0.902), mattresses with a 100-night trial;
#[case::sleep_well(
    "sleep-well",
    Floors { precision: 0.89, auto: 0.44, escalated: 0.89 }
)]
// 0.898 / 0.393 / 0.964 (0.944), building-block toys, missing pieces sent again;
#[case::brick_box(
    "brick-box",
    Floors { precision: 0.87, auto: 0.37, escalated: 0.94 }
)]
// 0.920 / 0.411 / 0.964 (0.870), vitamins and protein on subscribe-and-save, American English;
#[case::vita_crate(
    "vita-crate",
    Floors { precision: 0.90, auto: 0.39, escalated: 0.94 }
)]
// 0.913 / 0.375 / 0.964 (0.889), 紫砂 teapots from 宜兴, the craft's words;
#[case::clay_pot(
    "clay-pot",
    Floors { precision: 0.89, auto: 0.35, escalated: 0.94 }
)]
// 0.787 / 0.429 / 0.821 (0.935), cheap household goods on Pinduoduo, one-word messages;
#[case::nine_nine(
    "nine-nine",
    Floors { precision: 0.79, auto: 0.40, escalated: 0.83 }
)]
// 0.957 / 0.393 / 0.964 (0.889), road and gravel bikes, cyclists' jargon;
#[case::road_bike(
    "road-bike",
    Floors { precision: 0.97, auto: 0.37, escalated: 0.97 }
)]
// 0.980 / 0.429 / 1.000 (0.857), manuka honey from New Zealand, Kiwi English;
#[case::kiwi_honey(
    "kiwi-honey",
    Floors { precision: 0.95, auto: 0.40, escalated: 0.97 }
)]
// 0.919 / 0.509 / 0.929 (0.923), cordless power tools, tradesmen's words;
#[case::drill_mate(
    "drill-mate",
    Floors { precision: 0.92, auto: 0.48, escalated: 0.92 }
)]
// 0.915 / 0.482 / 0.946 (0.868), cosplay costumes made to order, fans' words;
#[case::cos_closet(
    "cos-closet",
    Floors { precision: 0.89, auto: 0.45, escalated: 0.92 }
)]
// 0.919 / 0.509 / 0.946 (0.566), Malaysian modest fashion, buyers writing Malay and Manglish;
#[case::baju_house(
    "baju-house",
    Floors { precision: 0.92, auto: 0.48, escalated: 0.92 }
)]
// 0.915 / 0.482 / 0.929 (0.865), a noodle restaurant on the takeaway platforms;
#[case::fast_bowl(
    "fast-bowl",
    Floors { precision: 0.89, auto: 0.45, escalated: 0.92 }
)]
// 0.804 / 0.402 / 0.893 (0.940), a 1688 wholesaler of phone cases, small sellers' words;
#[case::bulk_yard(
    "bulk-yard",
    Floors { precision: 0.79, auto: 0.38, escalated: 0.89 }
)]
// 0.872 / 0.366 / 0.946 (0.811), strollers and car seats, American English.
#[case::stroll_on(
    "stroll-on",
    Floors { precision: 0.85, auto: 0.34, escalated: 0.92 }
)]
// Session 26's first batch, measured first with session 25's engine (prec / auto / esc (reason)):
// 0.929 / 0.464 / 0.982 (0.927), coloured contact lenses, students' slang;
#[case::pupil_lens(
    "pupil-lens",
    Floors { precision: 0.90, auto: 0.44, escalated: 0.95 }
)]
// 0.918 / 0.500 / 0.964 (0.907), helmets for delivery riders, voice-typed dialect;
#[case::moto_helmet(
    "moto-helmet",
    Floors { precision: 0.90, auto: 0.47, escalated: 0.94 }
)]
// 0.952 / 0.527 / 0.946 (0.943), made-to-order sofas for small-town and older buyers;
#[case::sofa_nest(
    "sofa-nest",
    Floors { precision: 0.93, auto: 0.50, escalated: 0.94 }
)]
// 0.914 / 0.286 / 0.982 (0.891), a British record shop, collectors' grading jargon;
#[case::groove_crate(
    "groove-crate",
    Floors { precision: 0.89, auto: 0.26, escalated: 0.95 }
)]
// 0.962 / 0.455 / 0.982 (0.927), a Taiwanese clothing shop on Shopee, traditional characters.
#[case::tw_closet(
    "tw-closet",
    Floors { precision: 0.93, auto: 0.43, escalated: 0.95 }
)]
// Session 26's second batch, measured first with the engine as the first batch left it:
// 0.953 / 0.366 / 0.982 (0.873), children's online courses, worried parents and grandparents;
#[case::kid_class(
    "kid-class",
    Floors { precision: 0.92, auto: 0.34, escalated: 0.95 }
)]
// 0.973 / 0.652 / 0.964 (0.926), perfume decants, hobbyists' shorthand;
#[case::scent_split(
    "scent-split",
    Floors { precision: 0.94, auto: 0.62, escalated: 0.94 }
)]
// 0.949 / 0.500 / 0.964 (0.889), a British tyre shop with fitting at garages;
#[case::tyre_fit(
    "tyre-fit",
    Floors { precision: 0.93, auto: 0.47, escalated: 0.95 }
)]
// 0.950 / 0.509 / 0.982 (0.873), automatic mahjong tables, Sichuan dialect by voice;
#[case::mahjong_table(
    "mahjong-table",
    Floors { precision: 0.93, auto: 0.48, escalated: 0.95 }
)]
// 0.972 / 0.312 / 1.000 (0.554), Indonesian batik on Shopee and Tokopedia, in Indonesian.
#[case::batik_rumah(
    "batik-rumah",
    Floors { precision: 0.95, auto: 0.29, escalated: 0.97 }
)]
// Session 26's third batch, measured first with the engine as the second batch left it:
// 0.926 / 0.562 / 0.946 (0.962), camping gear for families and hikers;
#[case::camp_gear(
    "camp-gear",
    Floors { precision: 0.90, auto: 0.53, escalated: 0.92 }
)]
// 0.909 / 0.357 / 0.929 (0.846), Australian phones and prepaid plans, eSIM and porting;
#[case::phone_plan(
    "phone-plan",
    Floors { precision: 0.89, auto: 0.33, escalated: 0.92 }
)]
// 0.985 / 0.598 / 1.000 (0.964), dried herbs for older buyers typing northern dialect by voice;
#[case::herb_shop(
    "herb-shop",
    Floors { precision: 0.96, auto: 0.57, escalated: 0.97 }
)]
// 0.907 / 0.438 / 0.911 (0.824), a Hong Kong bakery, Cantonese with English;
#[case::hk_bakery(
    "hk-bakery",
    Floors { precision: 0.91, auto: 0.41, escalated: 0.92 }
)]
// 0.980 / 0.429 / 1.000 (0.929), nicotine-free inhalers and diffusers, American slang.
#[case::vape_free(
    "vape-free",
    Floors { precision: 0.95, auto: 0.40, escalated: 0.97 }
)]
// Session 26's fourth batch, measured first with the engine as the third batch left it:
// 0.967 / 0.518 / 0.946 (0.962), wedding dresses sold and rented, brides and their mothers;
#[case::wed_dress(
    "wed-dress",
    Floors { precision: 0.95, auto: 0.49, escalated: 0.94 }
)]
// 0.898 / 0.393 / 0.929 (0.865), home water purifiers installed at home, filters by subscription;
#[case::water_pure(
    "water-pure",
    Floors { precision: 0.90, auto: 0.36, escalated: 0.94 }
)]
// 0.977 / 0.375 / 0.982 (0.800), live plants by mail, American hobbyists' jargon;
#[case::plant_mail(
    "plant-mail",
    Floors { precision: 0.95, auto: 0.35, escalated: 0.95 }
)]
// 0.920 / 0.205 / 0.964 (0.815), pet grooming and boarding booked on Meituan, Sichuan words;
#[case::pet_groom(
    "pet-groom",
    Floors { precision: 0.92, auto: 0.18, escalated: 0.95 }
)]
// 0.969 / 0.554 / 0.982 (0.909), Canadian maple syrup and gift boxes.
#[case::maple_gift(
    "maple-gift",
    Floors { precision: 0.95, auto: 0.52, escalated: 0.95 }
)]
// Session 26's fifth batch, measured first with the engine as the fourth batch left it:
// 0.931 / 0.241 / 0.982 (0.927), home EV chargers installed, first-time owners;
#[case::ev_charge(
    "ev-charge",
    Floors { precision: 0.91, auto: 0.22, escalated: 0.95 }
)]
// 0.969 / 0.554 / 0.982 (0.891), American sneaker resale, sneakerheads' slang;
#[case::kick_resale(
    "kick-resale",
    Floors { precision: 0.95, auto: 0.52, escalated: 0.95 }
)]
// 0.958 / 0.607 / 0.964 (0.796), watch repair by mail, heirlooms and fashion watches;
#[case::watch_fix(
    "watch-fix",
    Floors { precision: 0.94, auto: 0.58, escalated: 0.94 }
)]
// 0.960 / 0.429 / 1.000 (0.893), custom mechanical keyboards, group buys, hobby jargon;
#[case::key_lab(
    "key-lab",
    Floors { precision: 0.94, auto: 0.40, escalated: 0.97 }
)]
// 0.952 / 0.357 / 0.946 (0.774), self-drive car hire in Hainan, a service with deposits.
#[case::car_hire(
    "car-hire",
    Floors { precision: 0.93, auto: 0.33, escalated: 0.92 }
)]
// Session 27's first batch, measured first with the engine as it stood when each came in:
// 0.922 / 0.527 / 0.929 (0.923), American portable power stations and solar panels, watts against
// watt-hours;
#[case::solar_power(
    "solar-power",
    Floors { precision: 0.93, auto: 0.50, escalated: 0.94 }
)]
// 0.934 / 0.634 / 0.964 (0.944), fishing tackle on Douyin, anglers' jargon and Hubei words;
#[case::fish_gear(
    "fish-gear",
    Floors { precision: 0.92, auto: 0.61, escalated: 0.94 }
)]
// 0.965 / 0.491 / 0.964 (0.907), Chongqing hotpot bases, students in dorms and restaurant owners;
#[case::hotpot_base(
    "hotpot-base",
    Floors { precision: 0.96, auto: 0.47, escalated: 0.96 }
)]
// 0.923 / 0.536 / 0.911 (0.922), buying in Japan for Chinese buyers, customs and Japanese words;
#[case::jp_proxy(
    "jp-proxy",
    Floors { precision: 0.90, auto: 0.51, escalated: 0.89 }
)]
// 0.914 / 0.286 / 0.964 (0.944), goods for older people bought by their children from afar.
#[case::elder_care(
    "elder-care",
    Floors { precision: 0.89, auto: 0.27, escalated: 0.94 }
)]
// Session 27's second batch, measured the same way:
// 1.000 / 0.625 / 0.982 (0.982), an online pharmacy, where dosing questions go to the pharmacist;
#[case::otc_pharmacy(
    "otc-pharmacy",
    Floors { precision: 0.98, auto: 0.61, escalated: 0.96 }
)]
// 0.979 / 0.411 / 0.982 (0.782), Penang durian, Malaysian buyers mixing English, Malay and Chinese;
#[case::durian_king(
    "durian-king",
    Floors { precision: 0.98, auto: 0.39, escalated: 0.98 }
)]
// 0.939 / 0.411 / 0.982 (0.909), school uniforms, anxious parents and grandparents;
#[case::school_uniform(
    "school-uniform",
    Floors { precision: 0.91, auto: 0.39, escalated: 0.96 }
)]
// 0.955 / 0.562 / 0.982 (0.927), remote-control cars and drones, dads and teenage hobbyists;
#[case::rc_hobby(
    "rc-hobby",
    Floors { precision: 0.93, auto: 0.55, escalated: 0.96 }
)]
// 0.897 / 0.312 / 0.946 (0.887), a British golf shop, golfers' jargon.
#[case::golf_shop(
    "golf-shop",
    Floors { precision: 0.90, auto: 0.30, escalated: 0.94 }
)]
fn another_shop_is_answered_right_and_handed_over_when_unsure(
    #[case] name: &str,
    #[case] floors: Floors,
) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/shops")
        .join(name);
    let suite = load_suite(&dir).unwrap_or_else(|e| panic!("the {name} suite loads: {e}"));
    let shop = ShopProfile {
        name: name.into(),
        greeting: "亲,您好!".into(),
    };
    let report = run_suite(&suite, &shop, Thresholds::default());
    let figure = |f: Option<f64>, what: &str| f.unwrap_or_else(|| panic!("{what} is measured"));
    let precision = figure(report.answer_precision, "answer_precision");
    let auto = figure(report.auto_rate, "auto_rate");
    let escalated = figure(report.escalation_recall, "escalation_recall");
    assert!(
        precision >= floors.precision,
        "{name}: answer precision {precision:.3} < {}",
        floors.precision
    );
    assert!(
        auto >= floors.auto,
        "{name}: auto rate {auto:.3} < {}",
        floors.auto
    );
    assert!(
        escalated >= floors.escalated,
        "{name}: escalation recall {escalated:.3} < {}",
        floors.escalated
    );
}
