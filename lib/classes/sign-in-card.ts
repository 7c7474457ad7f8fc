// What a teacher prints for a student without email: who it is for, the class it came from, and
// what to type on the sign-in page. The personal code is in it only in the one answer that made it.
export type SignInCard = {
  studentId: string;
  name: string;
  username: string;
  /** ABCD-EFGH, as it is typed. */
  personalCode: string;
  className: string;
  /** The class's code, ABCD-EFGH: the card says which class it belongs to. */
  classCode: string;
};
