/**
 * Kling's effect scenes, for Effects' "Effect Scene" picker (a list to pick
 * from; any other name can still be typed and is sent as it is).
 *
 * Source: Kling's Video Effects page (kling.ai/document-api/api/effects/video-effects,
 * fetched 2026-09-20, kept in aself101/kling-api docs/api/kling-effects-video-effects.md:
 * the `effect_scene` enum of 219 scenes, "Single-image effects (204 types)" and
 * "Dual-Image effects (15 types)", newest first), less the scenes Kling's changelog
 * withdrew (kling-api-2026.md §D: 01/30/2026 and 07/03/2026; the page still lists
 * magic_match_tree). Kling adds scenes almost weekly (§D): a scene not listed here
 * is typed By Name.
 */

/** Scenes whose `input.images` holds exactly two images, left then right (same page: "Array length must be 2"). */
export const TWO_IMAGE_SCENES: readonly string[] = [
	'pet_skateboard', 'daily_ootd', 'toss_run', 'switch_to_silk', 'studio_look', 'french_elegance', 'finger_swipe',
	'smooth_transition', 'kiss_pro', 'snow_night_kiss', 'eternal_kiss', 'cheers_2026', 'fight_pro', 'hug_pro',
	'heart_gesture_pro',
];

/**
 * Withdrawn: kiss, fight, hug, thumbs_up, tiger_hug, pet_lion, 3d_cartoon_1 on 01/30/2026 (their `_pro`
 * variants remain), magic_match_tree on 07/03/2026 (kling-api-2026.md §D); celebration and c4d_cartoon on
 * 12/30/2025 (Kling's changelog, 12/11/2025). Never offered; a workflow that names one still sends it.
 */
export const WITHDRAWN_SCENES: readonly string[] = [
	'kiss', 'fight', 'hug', 'thumbs_up', 'tiger_hug', 'pet_lion', '3d_cartoon_1', 'magic_match_tree', 'celebration', 'c4d_cartoon',
];

/** Every scene of the page, newest first (one or two images). */
const DOCUMENTED_SCENES: readonly string[] = [
	'net_the_fish', 'birthday_board', 'summer_fireworks', 'blow_blaze', 'champagne_birthday', 'pet_working_daily',
	'pet_roll_window', 'pet_crash_earth', 'makeup_style', 'hair_dressup', 'barbie_transform', 'critter_paste',
	'wiggle_faces_pets', 'paw_headbang', 'food_splash', 'dj_pet', 'pet_diving', 'disco_paws', 'pet_fitness', 'j_var_live',
	'pet_burst', 'idol_live', 'beast_striker', 'african_sway', 'jealousy_sway', 'chubby_fish', 'shrug_dance', 'soccer_star',
	'bra_hot_dance', 'arg_hot_dance', 'fra_hot_dance', 'bra_goal', 'arg_goal', 'por_goal', 'victory_slide', 'samba_fever',
	'bicycle_kick', 'football_dance_2', 'red_card_sent_off', 'football_dance', 'magic_world_vlog', 'magic_world_vlog_9_16',
	'air_dunk', 'whirling_beverage_9_16', 'tennis_trend', 'tennis_trend_9_16', 'football_live_9_16', 'whirling_beverage',
	'f1_live', 'football_live', 'spielberg_transition', 'korean_baseball_9_16', 'korean_baseball', 'pet_skateboard',
	'daily_ootd', 'tiny_beast_printer', 'landmark_reveal', 'winter_charm', 'flash_ride', 'maestro_of_magic',
	'magic_carpet_ride', 'good_luck_spirit', 'shooting_star', 'sparkler_wand', 'sovereign_scepter', 'dirt_rush',
	'return_of_the_king', 'dance_with_dragon', 'minimalist_light', 'martial_meow', 'sassy_shake', 'knock_at_a_door_revenge',
	'palm_sized_figure_pro', 'prank_box', 'perler_beads', 'spring_bloom', 'toss_run', 'switch_to_silk', 'get_rich_quick',
	'make_it_rain', 'twist_shake', 'the_hip_sway', 'send_my_love', 'funky_martian', 'wealth_drive', 'the_high_kick',
	'the_exercise', 'lucky_veggie', 'studio_look', 'flash_drive', 'shush_my_dreams', 'french_elegance', 'finger_swipe',
	'advent_of_flora', 'smooth_transition', 'kiss_pro', 'raid_check', 'snow_night_kiss', 'eternal_kiss',
	'fortune_in_motion', 'chinese_trend', 'sedan_chair_dance', 'skyfall', 'good_luck_dance', 'laicai_dance', 'yangge_dance',
	'color_mixing', 'lantern_festival_cuju', 'unique_firework', 'unique_spring_couplets', 'horse_mask',
	'fortune_knocks_cartoon', 'tangyuan_to_animal', 'hot_feet_dance', 'swag_dance', 'pigeon_dance', 'bloodline_dance',
	'chanel_dance', 'cute_dance', 'love_theme_song', 'pumpitup_dance', 'city_to_village', 'fortune_god_transform',
	'new_year_feast', 'ring_in_new', 'horse_year_firework', 'crystal_horse', 'drunk_dance', 'drunk_dance_pet',
	'daoma_dance', 'bouncy_dance', 'smooth_sailing_dance', 'new_year_greeting', 'lion_dance', 'prosperity', 'great_success',
	'golden_horse_fortune', 'red_packet_box', 'lucky_horse_year', 'lucky_red_packet', 'lucky_money_come', 'lion_dance_pet',
	'dumpling_making_pet', 'fish_making_pet', 'pet_red_packet', 'lantern_glow', 'expression_challenge', 'overdrive',
	'heart_gesture_dance', 'poping', 'martial_arts', 'running', 'nezha', 'motorcycle_dance', 'subject_3_dance',
	'ghost_step_dance', 'phantom_jewel', 'zoom_out', 'cheers_2026', 'fight_pro', 'hug_pro', 'heart_gesture_pro',
	'dollar_rain_pro', 'pet_bee_pro', 'countdown_teleport', 'santa_random_surprise', 'magic_match_tree', 'bullet_time_360',
	'happy_birthday', 'birthday_star', 'thumbs_up_pro', 'tiger_hug_pro', 'pet_lion_pro', 'surprise_bouquet', 'bouquet_drop',
	'glamour_photo_shoot', 'box_of_joy', 'first_toast_of_the_year', 'my_santa_pic', 'santa_gift', 'steampunk_christmas',
	'snowglobe', 'christmas_photo_shoot', 'ornament_crash', 'santa_express', 'instant_christmas', 'coronation_of_frost',
	'building_sweater', 'spark_in_the_snow', 'scarlet_and_snow', 'bullet_time_lite', 'jumping_ginger_joy',
	'pure_white_wings', 'black_wings', 'golden_wing', 'pink_pink_wings', 'venomous_spider', 'throne_of_king',
	'luminous_elf', 'woodland_elf', 'guardian_spirit', 'swish_swish', 'snowboarding', 'witch_transform',
	'vampire_transform', 'pumpkin_head_transform', 'demon_transform', 'mummy_transform', 'zombie_transform',
	'cute_pumpkin_transform', 'halloween_escape', 'pet_moto_rider', 'running_man', '3d_cartoon_2', 'pet_dance',
	'swing_swing', 'day_to_night', 'surfsurf', 'skateskate',
];

/** The scenes the picker offers: the documented ones Kling has not withdrawn. */
export const EFFECT_SCENES: readonly string[] = DOCUMENTED_SCENES.filter((scene) => !WITHDRAWN_SCENES.includes(scene));
