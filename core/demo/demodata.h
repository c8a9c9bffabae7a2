#pragma once

// The fixed content of the sample business, Crumb & Co. Bakery Café: its
// journeys, touchpoints with how well each really performs, names and the
// comments customers write. Kept apart from the generator's logic.

namespace cx::demo {

enum Kind
{
    Purchase,
    Order,
    Visit,
    Enquiry,
    Delivery,
    Support,
    Complaint,
    Feedback,
    KindCount
};
extern const char* const kKindNames[KindCount];

struct TouchpointSpec
{
    const char* name;
    const char* channel;
    double weight;          // share of the traffic within its journey
    double customerMean;    // how customers rate it, 1-5
    double staffMean;       // how the team rates it, 1-5
    double resolutionHours; // typical time to resolve a service contact there
    Kind kinds[3];          // the interactions that happen there
    const char* trouble;    // what detractors write about it (nullptr: generic)
    const char* praise;     // what promoters write about it (nullptr: generic)
};

struct StageSpec
{
    const char* name;
    const char* phase;
    TouchpointSpec touchpoints[3];
    int touchpointCount;
};

struct JourneySpec
{
    const char* name;
    const char* persona;      // the persona's name
    const char* personaAbout; // who they are
    const char* description;
    StageSpec stages[6];
    int stageCount;
    const char* personaGoals;
    const char* personaFrustrations;
};

extern const JourneySpec kJourneys[3];
constexpr int kJourneyCount = 3;

struct SegmentSpec
{
    const char* name;
    double share;
    double journeyWeights[3]; // how often this segment walks each journey
};
extern const SegmentSpec kSegments[4];
constexpr int kSegmentCount = 4;

extern const char* const kFirstNames[];
extern const int kFirstNameCount;
extern const char* const kLastNames[];
extern const int kLastNameCount;

// Comments by feeling: 0 negative, 1 neutral, 2 positive.
extern const char* const* const kComments[3];
extern const int kCommentCounts[3];

extern const char* const kInteractionNotes[];
extern const int kInteractionNoteCount;

} // namespace cx::demo
