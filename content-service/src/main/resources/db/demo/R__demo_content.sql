-- Demo content for the fictional clinic "Riverbend Physio & Chiropractic". All text is original.
-- A repeatable migration in its own location (CLINIC_DEMO_DATA=false skips it): Flyway re-runs it
-- whenever this file changes, so every statement is idempotent and keyed by the fixed ids below.
-- Appointment type ids are booking-service's demo ids (initial evaluation ...01, adjustment ...03,
-- spinal decompression ...04).

INSERT INTO authors (id, slug, name, credentials, bio) VALUES
    ('c0a00000-0000-4000-8000-000000000001', 'maya-lin', 'Dr. Maya Lin', 'DC',
     'Dr. Maya Lin is a chiropractor at Riverbend Physio & Chiropractic. She combines careful examination with gentle adjustments and home exercise, and she enjoys helping patients understand what their spine is doing.'),
    ('c0a00000-0000-4000-8000-000000000002', 'jordan-okafor', 'Jordan Okafor', 'DPT, OCS',
     'Jordan Okafor is a physical therapist and board-certified orthopaedic clinical specialist. He focuses on back and nerve-related pain and on getting people back to the activities they care about.')
ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, name = EXCLUDED.name,
    credentials = EXCLUDED.credentials, bio = EXCLUDED.bio;

INSERT INTO articles (id, slug, title, summary, body_markdown, status, author_id, cta_appointment_type_id,
                      published_at, updated_at)
VALUES ('c0a10000-0000-4000-8000-000000000001', 'lower-back-pain-first-steps',
        'Lower Back Pain: What Helps in the First Few Weeks',
        'Most lower back pain settles with time. Here is what tends to help early on, and the warning signs that mean you should get checked sooner.',
        $md$
Most episodes of lower back pain are alarming for a day or two and then settle over the following weeks. That pattern does not make the pain any less real, but it does mean the choices you make early on can shape how quickly you get back to normal.

## Why it happens

The lower back takes load every time you bend, lift, sit or turn. Muscles, ligaments, the small facet joints and the discs between the vertebrae can all become irritated. Often no single structure can be blamed, and a scan taken in the first few weeks rarely changes what you should do next.

## What tends to help

- **Keep moving gently.** Short walks several times a day usually beat lying in bed.
- **Change position often.** Hours of sitting stiffen the back, so stand up every half hour.
- **Use heat for comfort.** A warm pack can ease muscle guarding, especially in the morning.
- **Return to activity in steps.** Add chores and exercise back gradually rather than all at once.
- **Sleep in whatever position feels easiest.** A pillow between or under the knees helps many people.

> "The spine is sturdier than most people think. Patients often expect me to prescribe rest; instead we work out how much movement they can manage today and build from there." — Jordan Okafor, DPT, OCS

## When to get checked sooner

A few symptoms call for prompt medical attention rather than waiting it out:

- weakness in a leg or foot that is getting worse
- back pain after a significant fall or accident
- pain together with fever, unexplained weight loss, or a history of cancer
- numbness around the groin or inner thighs, or new trouble controlling the bladder or bowels

The last of these needs emergency care right away; for the others, see your physician promptly.

## How a physical therapist fits in

If the pain has not eased after a week or two, keeps returning, or stops you from working or sleeping, an assessment is worthwhile. A physical therapist looks at how you move, which positions ease or provoke your symptoms, and what your days demand of your back. You leave with a short list of exercises and habits chosen for you rather than a generic handout. If your pain spreads into the leg, our article on [sciatica](/articles/sciatica-leg-pain-explained) may also help.

## Ready to get moving again?

Call Riverbend Physio & Chiropractic at (555) 555-0142 or [book your initial evaluation online](/book?appointmentTypeId=11111111-0000-0000-0000-000000000001&source=lower-back-pain-first-steps).
$md$,
        'PUBLISHED', 'c0a00000-0000-4000-8000-000000000002', '11111111-0000-0000-0000-000000000001', '2026-01-13 14:00:00+00', '2026-01-13 14:00:00+00'),
       ('c0a10000-0000-4000-8000-000000000002', 'why-joints-pop-and-crack',
        'Why Do Joints Pop and Crack?',
        'The pops, clicks and grinding noises joints make are usually harmless. A look at where the sounds come from and when a noisy joint deserves attention.',
        $md$
Knuckles, knees, necks and backs all make noises now and then. For most people these sounds are harmless, even if they are a little unsettling to hear.

## Where the sound comes from

Joints such as the knuckles and the small joints of the spine sit inside a capsule of synovial fluid that lubricates and nourishes the joint surfaces. When those surfaces are separated quickly, the pressure inside the capsule drops and a small gas-filled cavity forms in the fluid. Imaging studies have linked the familiar crack to the moment that cavity appears. Once a joint has popped, it usually cannot be popped again for a while, often around twenty minutes.

Other noises have different sources:

- **Snapping** can be a tendon sliding over a bony edge as you move, which is common around the hip and ankle.
- **Grinding or crunching**, sometimes called crepitus, often comes from roughened cartilage and is frequent in knees as we age.
- **Clicking** that repeats with every movement may reflect the way two joint surfaces track against each other.

## Is it a sign of damage?

Usually not. Noise on its own, without pain or swelling, is common in healthy joints. Research on long-time knuckle crackers has not shown a clear link with arthritis in those fingers.

> "I ask patients to pay attention to how a joint feels rather than how it sounds. A painless pop is just physics; a pop with pain, swelling or locking is worth a closer look." — Dr. Maya Lin, DC

## When a noisy joint deserves attention

Arrange an assessment if the sound comes with any of the following:

- pain that is sharp or lingers after the noise
- swelling, warmth or bruising
- the joint locking, catching or giving way
- noises that started after an injury

## What about the pop during an adjustment?

A chiropractic adjustment often produces the same cavitation sound. The sound itself is not the goal and is not a measure of success; what matters is whether your movement and comfort improve. A gentle, targeted adjustment given after an examination is very different from repeatedly twisting your own spine, which we discuss in [cracking your own back](/articles/cracking-your-own-back-risks).

## Curious about your own joints?

Call Riverbend Physio & Chiropractic at (555) 555-0142 or [book a chiropractic visit online](/book?appointmentTypeId=11111111-0000-0000-0000-000000000003&source=why-joints-pop-and-crack).
$md$,
        'PUBLISHED', 'c0a00000-0000-4000-8000-000000000001', '11111111-0000-0000-0000-000000000003', '2026-02-10 14:00:00+00', '2026-02-10 14:00:00+00'),
       ('c0a10000-0000-4000-8000-000000000003', 'sciatica-leg-pain-explained',
        'Sciatica: When Back Trouble Travels Down the Leg',
        'Sciatica describes leg pain from an irritated nerve root in the lower back. What causes it, what it feels like, and how it is usually managed.',
        $md$
Sciatica is a description rather than a diagnosis. It names pain that travels along the path of the sciatic nerve, from the lower back or buttock down the back of the leg, sometimes as far as the foot.

## What causes it

The sciatic nerve is formed from several nerve roots that leave the lower spine. When one of those roots is irritated or squeezed, the leg can hurt even while the back feels fine. Common causes include:

- a herniated or bulging disc pressing on a nerve root
- narrowing of the openings the nerves pass through, known as spinal stenosis
- tension or irritation around the nerve deep in the buttock
- less often, a vertebra that has slipped forward, or rarer conditions a physician should rule out

## What it feels like

People describe sharp, burning or electric leg pain that is often worse than the back pain. Tingling, numbness or a heavy feeling in the leg are common. Coughing, sneezing or sitting for a long time can make it flare.

> "Nerve pain in the leg can be intense, but intensity is not the same as damage. Most people with sciatica improve with time and the right kind of activity." — Jordan Okafor, DPT, OCS

## How it is usually managed

The outlook is encouraging: many people notice a clear improvement within six to twelve weeks. Care usually focuses on:

- staying as active as the pain allows, with short, frequent walks
- finding the positions and movements that calm the leg symptoms
- exercises that restore mobility and then gradually build strength
- practical advice on sitting, lifting and sleeping while the nerve settles

Medication, injections or a surgical opinion are appropriate for some people, and your physical therapist will coordinate with your physician when that is the case.

## Signs that need urgent care

Numbness in the groin or saddle area, loss of bladder or bowel control, or rapidly worsening weakness in a leg need emergency care right away. These signs are uncommon but important.

To learn more about one of the most frequent causes, read about [herniated discs](/articles/herniated-disc-basics), or visit our [sciatica condition page](/conditions/sciatica).

## Let us help you get back on your feet

Call Riverbend Physio & Chiropractic at (555) 555-0142 or [book your initial evaluation online](/book?appointmentTypeId=11111111-0000-0000-0000-000000000001&source=sciatica-leg-pain-explained).
$md$,
        'PUBLISHED', 'c0a00000-0000-4000-8000-000000000002', '11111111-0000-0000-0000-000000000001', '2026-03-03 14:00:00+00', '2026-03-03 14:00:00+00'),
       ('c0a10000-0000-4000-8000-000000000004', 'living-with-spinal-stenosis',
        'Living Well with Lumbar Spinal Stenosis',
        'Spinal stenosis can make standing and walking harder, but the right exercise plan often restores much of what it takes away.',
        $md$
Spinal stenosis means that some of the spaces inside the spine have become narrower. In the lower back this usually develops slowly with age, as discs lose height, joints thicken and ligaments stiffen. Many people have some narrowing on a scan without any symptoms at all; it becomes a problem when the nerves start to complain.

## Typical symptoms

Lumbar stenosis tends to follow a recognizable pattern:

- aching, heaviness or tingling in the buttocks and legs while standing or walking
- relief after sitting down or bending forward, for example leaning on a shopping cart
- a walking distance that shrinks over months
- back stiffness, especially in the morning

Because bending forward opens the spaces around the nerves, many people find cycling easier than walking, and walking uphill easier than walking downhill.

> "Stenosis rarely means giving up the things you enjoy. We look for the positions that give your nerves room and build your strength and stamina around them." — Jordan Okafor, DPT, OCS

## What physical therapy offers

Exercise does not widen the spinal canal, but it can change how much the narrowing limits your day. A typical plan includes:

- flexion-based exercises that take pressure off the nerves
- hip and trunk strengthening so the legs and core share the load
- a graded walking or stationary cycling program to rebuild endurance
- balance training, because leg symptoms can make falls more likely

Progress is measured in practical terms: how far you can walk, how long you can stand while cooking, and how confidently you manage stairs.

## Other options

Some people benefit from medication or injections arranged by their physician, and a smaller group with severe or worsening symptoms is referred for a surgical opinion. Conservative care is commonly tried first and can continue alongside other treatment.

## When to seek prompt care

Contact your physician promptly if weakness in a leg is getting worse. Numbness in the groin area or loss of bladder or bowel control needs emergency care right away.

You can read more on our [spinal stenosis condition page](/conditions/spinal-stenosis).

## Take the next step

Call Riverbend Physio & Chiropractic at (555) 555-0142 or [book your initial evaluation online](/book?appointmentTypeId=11111111-0000-0000-0000-000000000001&source=living-with-spinal-stenosis).
$md$,
        'PUBLISHED', 'c0a00000-0000-4000-8000-000000000002', '11111111-0000-0000-0000-000000000001', '2026-04-07 14:00:00+00', '2026-04-07 14:00:00+00'),
       ('c0a10000-0000-4000-8000-000000000005', 'herniated-disc-basics',
        'Herniated Discs: What Is Happening and What Helps',
        'A plain-language guide to disc herniations: why they happen, the symptoms they cause, and the conservative care that helps most people recover.',
        $md$
Between each pair of vertebrae sits a disc: a tough fibrous outer ring around a softer, gel-like center. Discs absorb load and let the spine bend and twist. A herniation happens when some of that inner material pushes through a weakened area of the outer ring.

## Why discs herniate

Discs change with age and lose some of their water, which makes the outer ring more prone to small tears. A herniation may follow a lift or a twist, but it often appears without any single event. Factors that can contribute include:

- repeated bending and lifting, particularly combined with twisting
- long periods of sitting
- smoking, which affects how well discs are nourished
- family history

## Symptoms

A herniated disc can cause local back pain, but many people notice leg symptoms more: pain that radiates down the leg, tingling, numbness or weakness. When a disc in the neck is involved, symptoms travel into the arm instead. Disc bulges also show up on the scans of many people who have no pain at all, so a scan result is only one part of the picture.

> "A herniated disc sounds permanent, but the body is often good at reabsorbing disc material over time. Our job is to keep you moving comfortably while that happens." — Dr. Maya Lin, DC

## Treatment options we use

Most herniations improve without surgery. Care at our clinic starts with an examination and may include:

- gentle spinal mobilization or adjustments when they are appropriate for you
- spinal decompression, a table-based form of traction that some patients find eases their leg symptoms
- exercises that centralize symptoms, meaning the pain retreats from the leg toward the back
- guidance on sitting, lifting and a gradual return to sport or work

We coordinate with your physician if symptoms are severe, keep worsening, or include progressive weakness. Numbness in the groin or loss of bladder or bowel control needs emergency care right away.

If leg pain is your main complaint, our article on [sciatica](/articles/sciatica-leg-pain-explained) explains how an irritated nerve behaves, and the [herniated disc condition page](/conditions/herniated-disc) lists common symptoms and treatments.

## Find out what your disc needs

Call Riverbend Physio & Chiropractic at (555) 555-0142 or [book a spinal decompression appointment online](/book?appointmentTypeId=11111111-0000-0000-0000-000000000004&source=herniated-disc-basics).
$md$,
        'PUBLISHED', 'c0a00000-0000-4000-8000-000000000001', '11111111-0000-0000-0000-000000000004', '2026-05-05 14:00:00+00', '2026-05-05 14:00:00+00'),
       ('c0a10000-0000-4000-8000-000000000006', 'cracking-your-own-back-risks',
        'Cracking Your Own Back: When It Becomes a Problem',
        'An occasional pop while stretching is usually fine. Frequent, forceful self-manipulation is another matter. Here is when to stop and what to do instead.',
        $md$
Plenty of people twist in their chair, hear a pop and feel a moment of relief. An occasional, gentle stretch that happens to make a sound is not usually a concern. Problems tend to start when self-cracking becomes frequent, forceful, or a replacement for finding out why the back feels stuck.

## Why the relief does not last

The pop releases gas within a joint and briefly stimulates nerve endings, which can make the area feel looser. That feeling fades and the urge returns. The spots that feel stiff are often not the ones that move when you twist; joints that already move freely may take most of the force instead.

## When it becomes risky

Be cautious, and consider stopping, if any of these sound familiar:

- you feel the need to crack your back or neck many times a day
- you use a partner, a door frame or a tool to force extra rotation
- the relief lasts minutes rather than hours
- it brings on sharp pain, tingling, numbness or dizziness
- you have osteoporosis, a recent injury, or a known disc or nerve problem

Forceful neck twisting deserves particular caution. Sudden dizziness, double vision, trouble speaking or a new, severe headache after moving your neck needs emergency care right away.

> "The sound is not what helps you. If you feel you have to crack something constantly, your body is telling you something about how you move, and that is worth investigating." — Dr. Maya Lin, DC

## Better ways to ease stiffness

- Take a movement break every thirty to forty-five minutes when sitting.
- Try slow, controlled mobility exercises such as cat-camel or gentle knee rocking.
- Apply heat before stretching a stiff area.
- Build strength in the hips and trunk so the spine is not doing all the work.

## What a professional adjustment adds

A chiropractor examines you first, checks for reasons not to manipulate, and then applies a specific, controlled force to the segment that needs it. Just as important, you leave with exercises and habits that reduce the urge to crack. If you are curious about the noise itself, read [why joints pop and crack](/articles/why-joints-pop-and-crack).

## Stop guessing about your stiff back

Call Riverbend Physio & Chiropractic at (555) 555-0142 or [book a chiropractic adjustment online](/book?appointmentTypeId=11111111-0000-0000-0000-000000000003&source=cracking-your-own-back-risks).
$md$,
        'PUBLISHED', 'c0a00000-0000-4000-8000-000000000001', '11111111-0000-0000-0000-000000000003', '2026-06-02 14:00:00+00', '2026-06-02 14:00:00+00')
ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, title = EXCLUDED.title, summary = EXCLUDED.summary,
    body_markdown = EXCLUDED.body_markdown, status = EXCLUDED.status, author_id = EXCLUDED.author_id,
    cta_appointment_type_id = EXCLUDED.cta_appointment_type_id, published_at = EXCLUDED.published_at,
    updated_at = EXCLUDED.updated_at;

INSERT INTO conditions (id, slug, name, summary, symptoms, treatments, recommended_appointment_type_id, updated_at)
VALUES ('c0c00000-0000-4000-8000-000000000001', 'sciatica', 'Sciatica',
        'Pain, tingling or numbness that follows the sciatic nerve from the lower back or buttock down the leg, most often because a nerve root in the lower spine is irritated.',
        ARRAY['Pain that spreads from the buttock down the back of the leg',
                'Sharp, burning or electric pain in the leg',
                'Tingling or pins and needles in the leg or foot',
                'Numbness or weakness in the leg',
                'Symptoms that flare with long periods of sitting, coughing or sneezing']::text[],
        ARRAY['Physical therapy assessment and a graded activity plan',
                'Exercises that calm nerve irritation and restore mobility',
                'Chiropractic care where appropriate after an examination',
                'Advice on sitting, lifting and sleeping positions',
                'Coordination with your physician about medication or further tests when needed']::text[],
        '11111111-0000-0000-0000-000000000001', '2026-01-06 14:00:00+00'),
       ('c0c00000-0000-4000-8000-000000000002', 'herniated-disc', 'Herniated Disc',
        'Part of the soft center of a spinal disc pushes through its tougher outer ring and can irritate nearby nerves. Most herniations improve without surgery.',
        ARRAY['Back or neck pain',
                'Pain radiating into the leg, or into the arm for neck discs',
                'Tingling or numbness in the limb',
                'Muscle weakness in the leg or arm',
                'Pain that worsens with bending, sitting or coughing']::text[],
        ARRAY['Spinal decompression (table-based traction)',
                'Gentle spinal mobilization or chiropractic adjustments when appropriate',
                'Exercises that centralize symptoms',
                'Guidance on posture, lifting and a gradual return to activity',
                'Referral to a physician when symptoms are severe or progressive']::text[],
        '11111111-0000-0000-0000-000000000004', '2026-01-06 14:00:00+00'),
       ('c0c00000-0000-4000-8000-000000000003', 'spinal-stenosis', 'Spinal Stenosis',
        'Narrowing of the spaces inside the spine that can crowd the nerves, usually developing gradually with age in the lower back.',
        ARRAY['Aching, heaviness or tingling in the buttocks and legs when standing or walking',
                'Relief when sitting or bending forward',
                'Walking distance that gradually decreases',
                'Lower back stiffness',
                'Balance that feels less steady']::text[],
        ARRAY['Flexion-based exercises that ease pressure on the nerves',
                'Hip and trunk strengthening',
                'Graded walking or stationary cycling program',
                'Balance training to reduce fall risk',
                'Coordination with your physician about medication, injections or a surgical opinion']::text[],
        '11111111-0000-0000-0000-000000000001', '2026-01-06 14:00:00+00')
ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, name = EXCLUDED.name, summary = EXCLUDED.summary,
    symptoms = EXCLUDED.symptoms, treatments = EXCLUDED.treatments,
    recommended_appointment_type_id = EXCLUDED.recommended_appointment_type_id, updated_at = EXCLUDED.updated_at;

-- Links are replaced wholesale for the demo articles so that removing a tag here removes it there too.
DELETE FROM article_tags WHERE article_id IN ('c0a10000-0000-4000-8000-000000000001', 'c0a10000-0000-4000-8000-000000000002', 'c0a10000-0000-4000-8000-000000000003', 'c0a10000-0000-4000-8000-000000000004', 'c0a10000-0000-4000-8000-000000000005', 'c0a10000-0000-4000-8000-000000000006');

INSERT INTO article_tags (article_id, tag) VALUES
    ('c0a10000-0000-4000-8000-000000000001', 'back-pain'),
    ('c0a10000-0000-4000-8000-000000000001', 'exercise'),
    ('c0a10000-0000-4000-8000-000000000001', 'self-care'),
    ('c0a10000-0000-4000-8000-000000000002', 'joints'),
    ('c0a10000-0000-4000-8000-000000000002', 'chiropractic'),
    ('c0a10000-0000-4000-8000-000000000003', 'sciatica'),
    ('c0a10000-0000-4000-8000-000000000003', 'back-pain'),
    ('c0a10000-0000-4000-8000-000000000003', 'nerve-pain'),
    ('c0a10000-0000-4000-8000-000000000004', 'spinal-stenosis'),
    ('c0a10000-0000-4000-8000-000000000004', 'back-pain'),
    ('c0a10000-0000-4000-8000-000000000004', 'nerve-pain'),
    ('c0a10000-0000-4000-8000-000000000004', 'exercise'),
    ('c0a10000-0000-4000-8000-000000000005', 'herniated-disc'),
    ('c0a10000-0000-4000-8000-000000000005', 'back-pain'),
    ('c0a10000-0000-4000-8000-000000000005', 'nerve-pain'),
    ('c0a10000-0000-4000-8000-000000000006', 'chiropractic'),
    ('c0a10000-0000-4000-8000-000000000006', 'joints'),
    ('c0a10000-0000-4000-8000-000000000006', 'self-care')
ON CONFLICT DO NOTHING;

DELETE FROM article_conditions WHERE article_id IN ('c0a10000-0000-4000-8000-000000000001', 'c0a10000-0000-4000-8000-000000000002', 'c0a10000-0000-4000-8000-000000000003', 'c0a10000-0000-4000-8000-000000000004', 'c0a10000-0000-4000-8000-000000000005', 'c0a10000-0000-4000-8000-000000000006');

INSERT INTO article_conditions (article_id, condition_id) VALUES
    ('c0a10000-0000-4000-8000-000000000003', 'c0c00000-0000-4000-8000-000000000001'),
    ('c0a10000-0000-4000-8000-000000000003', 'c0c00000-0000-4000-8000-000000000002'),
    ('c0a10000-0000-4000-8000-000000000004', 'c0c00000-0000-4000-8000-000000000003'),
    ('c0a10000-0000-4000-8000-000000000005', 'c0c00000-0000-4000-8000-000000000002'),
    ('c0a10000-0000-4000-8000-000000000005', 'c0c00000-0000-4000-8000-000000000001')
ON CONFLICT DO NOTHING;
