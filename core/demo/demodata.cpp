#include "core/demo/demodata.h"

namespace cx::demo {

const char* const kKindNames[KindCount] = {"purchase", "order", "visit", "enquiry",
                                           "delivery", "support", "complaint", "feedback"};

// Most touchpoints work; a few are clearly weak (home delivery, the phone menu,
// email support, the mobile app) and at several the team thinks better of
// itself than its customers do.
const JourneySpec kJourneys[3] = {
    {"Visit the shop", "Maya, the regular",
     "Maya, 34, lives around the corner and stops for a flat white and a pastry on her way to work.",
     "From noticing the shop to coming back as a regular.",
     {{"Discover", "discover",
       {{"Shop window and street board", "In person", 3, 4.3, 4.3, 0, {Visit, Visit, Enquiry}, nullptr,
         "The window display always draws me in."},
        {"Instagram posts", "Social media", 2, 4.0, 4.2, 3, {Enquiry, Feedback, Visit}, nullptr,
         "Saw the new pastries on Instagram and came straight in."}},
       2},
      {"Order", "order",
       {{"Counter order", "Store", 20, 4.3, 4.4, 0.2, {Purchase, Purchase, Enquiry},
         "The queue at the counter was far too long this morning.", "Quick and friendly service at the counter."}},
       1},
      {"Enjoy", "fulfil",
       {{"Table service", "In person", 8, 4.1, 4.4, 0.3, {Visit, Purchase, Complaint},
         "We waited twenty minutes for our coffees at the table.", "Lovely seating area and the coffee was perfect."}},
       1},
      {"Pay", "pay",
       {{"Till and card payment", "Store", 15, 4.4, 4.5, 0.1, {Purchase, Purchase, Purchase},
         "The card machine failed twice before it worked.", nullptr}},
       1},
      {"Come back", "advocate",
       {{"Loyalty card", "Store", 5, 3.9, 4.2, 2, {Purchase, Enquiry, Feedback},
         "My loyalty stamps were not counted again.", "The loyalty card is a nice touch."},
        {"Online reviews", "Web", 2, 3.6, 3.8, 24, {Feedback, Feedback, Complaint}, nullptr, nullptr}},
       2}},
     5,
     "Her coffee right in five minutes, a table when she has time, being known by name.",
     "A long queue at the counter, a card machine that fails, the pastry she came for sold out."},
    {"Order online for delivery or collection", "Tom, the weekend orderer",
     "Tom, 41, orders weekend breakfast for the family from his phone.",
     "From finding the web shop to the box arriving at the door.",
     {{"Discover", "discover",
       {{"Website", "Web", 6, 3.8, 4.0, 12, {Visit, Enquiry, Visit}, nullptr, nullptr}},
       1},
      {"Order", "order",
       {{"Web shop order", "Web", 8, 3.7, 4.2, 6, {Order, Order, Enquiry},
         "The web shop would not accept my postcode.", "Ordering online was quick and easy."},
        {"Mobile app order", "Mobile app", 4, 3.0, 4.3, 8, {Order, Order, Complaint},
         "The app crashed twice at checkout.", nullptr}},
       2},
      {"Receive", "fulfil",
       {{"Home delivery", "In person", 6, 2.6, 4.2, 20, {Delivery, Delivery, Complaint},
         "Delivery was over an hour late and the croissants were cold.", "The delivery arrived warm and on time."},
        {"Click and collect", "Store", 4, 4.2, 4.2, 0.5, {Order, Purchase, Enquiry}, nullptr,
         "My order was ready the minute I arrived."}},
       2},
      {"Pay", "pay",
       {{"Online payment", "Web", 5, 4.0, 4.1, 10, {Order, Order, Support},
         "I was charged twice for one order.", nullptr}},
       1},
      {"Get help", "support",
       {{"Email support", "Email", 2, 2.9, 3.7, 30, {Support, Complaint, Enquiry},
         "It took three days to get a reply to my email.", "Support sorted out my refund the same day."}},
       1},
      {"Share", "advocate",
       {{"Social media mentions", "Social media", 1, 3.5, 3.6, 18, {Feedback, Complaint, Feedback}, nullptr,
         nullptr}},
       1}},
     6,
     "Breakfast at the door at the time he chose, with nothing missing, ordered in two minutes.",
     "A late or cold delivery, an app that logs him out, nobody answering when he calls about it."},
    {"Celebration cake and catering order", "Priya, the office manager",
     "Priya, 29, office manager who orders cakes and platters for team events.",
     "From the first enquiry to the reorder for the next event.",
     {{"Discover", "discover",
       {{"Catering brochure", "Email", 1, 4.0, 4.0, 20, {Enquiry, Enquiry, Visit}, nullptr, nullptr}},
       1},
      {"Order", "order",
       {{"Phone order line", "Call center", 2, 3.9, 4.1, 4, {Order, Enquiry, Order},
         "Nobody picked up the order line at lunchtime.", "The person on the phone helped me choose the cake."},
        {"Phone menu", "IVR", 1.5, 2.3, 3.9, 2, {Enquiry, Support, Complaint},
         "The phone menu went round in circles before I reached anyone.", nullptr}},
       2},
      {"Collect", "fulfil",
       {{"Cake collection", "Store", 1.5, 4.6, 4.5, 0.3, {Purchase, Order, Purchase},
         "The cake had the wrong name on it.", "The birthday cake was stunning and tasted even better."}},
       1},
      {"Pay", "pay",
       {{"Invoice and bank transfer", "Email", 0.8, 3.8, 3.9, 30, {Order, Enquiry, Support},
         "The invoice had the wrong company details.", nullptr}},
       1},
      {"Get help", "support",
       {{"Phone support", "Call center", 1, 3.0, 3.8, 20, {Support, Complaint, Enquiry},
         "I had to call three times before someone called back.", "One call and the problem was fixed."}},
       1},
      {"Reorder", "advocate",
       {{"Reorder reminder", "Email", 0.5, 3.9, 4.0, 24, {Order, Enquiry, Feedback}, nullptr, nullptr}},
       1}},
     6,
     "A cake that looks like the picture, ready on the day, an invoice her finance team accepts.",
     "Chasing a quote by email, unclear collection times, an invoice that has to be redone."},
};

const SegmentSpec kSegments[4] = {
    {"Local regular", 0.45, {0.85, 0.13, 0.02}},
    {"Commuter", 0.25, {0.75, 0.24, 0.01}},
    {"Family", 0.20, {0.45, 0.50, 0.05}},
    {"Business", 0.10, {0.30, 0.15, 0.55}},
};

const char* const kFirstNames[] = {
    "Olivia", "Noah",   "Amelia", "Oliver", "Isla",   "George", "Ava",    "Arthur", "Mia",    "Leo",
    "Ivy",    "Harry",  "Lily",   "Oscar",  "Freya",  "Jack",   "Grace",  "Charlie", "Sophia", "Theo",
    "Priya",  "Arjun",  "Fatima", "Omar",   "Chloe",  "Lucas",  "Elena",  "Mateo",  "Zara",   "Samuel",
    "Hannah", "Daniel", "Maya",   "Tom",    "Ruby",   "Finn",   "Aisha",  "Yusuf",  "Nora",   "Felix",
    "Emily",  "James",  "Sofia",  "Luca",   "Anna",   "Ben",    "Laura",  "David",  "Hana",   "Kenji",
};
const int kFirstNameCount = int(sizeof(kFirstNames) / sizeof(kFirstNames[0]));

const char* const kLastNames[] = {
    "Smith",  "Jones",   "Taylor",  "Brown",    "Williams", "Wilson", "Johnson", "Davies", "Patel",  "Robinson",
    "Wright", "Thompson", "Evans",  "Walker",   "White",    "Roberts", "Green",  "Hall",   "Wood",   "Jackson",
    "Clarke", "Khan",    "Hughes",  "Edwards",  "Lewis",    "Turner", "Hill",    "Moore",  "Martin", "Cooper",
    "Ward",   "Morris",  "King",    "Baker",    "Harris",   "Young",  "Allen",   "Singh",  "Ali",    "Murphy",
    "Novak",  "Rossi",   "Garcia",  "Dubois",   "Schmidt",  "Kowalski", "Tanaka", "Nguyen", "Okafor", "Silva",
};
const int kLastNameCount = int(sizeof(kLastNames) / sizeof(kLastNames[0]));

namespace {
const char* const kNegative[] = {
    "Not good enough for the price.",
    "Very disappointed this time, nobody seemed to care.",
    "The staff were rude when I asked about my order.",
    "Too expensive and the portions have shrunk.",
    "It was a frustrating experience from start to finish.",
    "My order was wrong and it took ages to fix.",
    "Poor service, I will not be coming back.",
    "The bread was stale and the coffee was cold.",
};
const char* const kNeutral[] = {
    "It was fine, nothing special.",
    "Decent coffee, a bit slow at busy times.",
    "Okay overall, prices are a little high.",
    "Good pastries but not much seating.",
    "Average visit, the usual.",
    "The cakes are nice but the wait could be shorter.",
};
const char* const kPositive[] = {
    "Great coffee and really friendly staff.",
    "Excellent pastries, the best in town.",
    "Always a pleasure, the team knows my order.",
    "Lovely atmosphere and fresh bread every morning.",
    "Fantastic service, quick and helpful.",
    "Delicious cakes, highly recommend.",
    "Wonderful place, we love coming here.",
    "Very helpful staff and great value.",
};
} // namespace

const char* const* const kComments[3] = {kNegative, kNeutral, kPositive};
const int kCommentCounts[3] = {int(sizeof(kNegative) / sizeof(kNegative[0])), int(sizeof(kNeutral) / sizeof(kNeutral[0])),
                               int(sizeof(kPositive) / sizeof(kPositive[0]))};

const char* const kInteractionNotes[] = {
    "Asked about gluten-free options.",
    "Regular order: flat white and almond croissant.",
    "Wanted to know the opening hours on bank holidays.",
    "Offered a voucher as an apology.",
    "Customer mentioned a birthday next week.",
    "Asked for an oat milk option.",
    "Order for a team breakfast on Friday.",
    "Said the sourdough was excellent.",
};
const int kInteractionNoteCount = int(sizeof(kInteractionNotes) / sizeof(kInteractionNotes[0]));

} // namespace cx::demo
